import { FileDoneOutlined } from '@ant-design/icons';
import type { FeatureArea } from '../../app/feature';
import { lazyRoute } from '../../app/lazy';

export const talliesArea: FeatureArea = {
  key: 'tallies',
  label: '年终统计',
  icon: <FileDoneOutlined />,
  items: [
    { path: '/tallies/templates', label: '统计模板' },
    { path: '/tallies', label: '报送情况' },
  ],
  routes: [
    { path: 'tallies/templates', lazy: lazyRoute(() => import('./TemplatesPage'), 'TemplatesPage'), handle: { crumb: '年终统计 / 统计模板' } },
    { path: 'tallies', lazy: lazyRoute(() => import('./TalliesPage'), 'TalliesPage'), handle: { crumb: '年终统计 / 报送情况' } },
  ],
};
