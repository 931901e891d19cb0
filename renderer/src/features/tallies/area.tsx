import { FileDoneOutlined } from '@ant-design/icons';
import type { FeatureArea } from '../../app/feature';
import { TalliesPage } from './TalliesPage';
import { TemplatesPage } from './TemplatesPage';

export const talliesArea: FeatureArea = {
  key: 'tallies',
  label: '年终统计',
  icon: <FileDoneOutlined />,
  items: [
    { path: '/tallies/templates', label: '统计模板' },
    { path: '/tallies', label: '报送情况' },
  ],
  routes: [
    { path: 'tallies/templates', element: <TemplatesPage />, handle: { crumb: '年终统计 / 统计模板' } },
    { path: 'tallies', element: <TalliesPage />, handle: { crumb: '年终统计 / 报送情况' } },
  ],
};
