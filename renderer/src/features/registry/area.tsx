import { DatabaseOutlined } from '@ant-design/icons';
import type { FeatureArea } from '../../app/feature';
import { TownshipsPage } from './townships/TownshipsPage';

export const registryArea: FeatureArea = {
  key: 'registry',
  label: '信息库',
  icon: <DatabaseOutlined />,
  items: [{ path: '/registry/townships', label: '乡镇' }],
  routes: [{ path: 'registry/townships', element: <TownshipsPage />, handle: { crumb: '信息库 / 乡镇' } }],
};
