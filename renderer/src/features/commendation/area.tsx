import { TrophyOutlined } from '@ant-design/icons';
import type { FeatureArea } from '../../app/feature';
import { registerDetailTab } from '../registry/detail-tabs';
import { RoundsPage } from './RoundsPage';
import { RoundPage } from './RoundPage';
import { HonoursTab } from './HonoursTab';
import { HonoureeImportPage } from './import/HonoureeImportPage';

registerDetailTab({ key: 'honours', label: '荣誉', order: 40, kinds: ['village', 'enterprise', 'person'], component: HonoursTab });

export const commendationArea: FeatureArea = {
  key: 'commendation',
  label: '评先表彰',
  icon: <TrophyOutlined />,
  items: [{ path: '/commendation', label: '评先表彰' }],
  routes: [
    { path: 'commendation', element: <RoundsPage />, handle: { crumb: '评先表彰' } },
    { path: 'commendation/:roundId', element: <RoundPage />, handle: { crumb: '评先表彰 / 表彰详情' } },
    { path: 'commendation/:roundId/import', element: <HonoureeImportPage />, handle: { crumb: '评先表彰 / 导入表彰对象' } },
  ],
};
