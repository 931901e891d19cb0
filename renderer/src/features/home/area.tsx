import { HomeOutlined } from '@ant-design/icons';
import type { FeatureArea } from '../../app/feature';
import { lazyRoute } from '../../app/lazy';

export const homeArea: FeatureArea = {
  key: 'home',
  label: '工作台',
  icon: <HomeOutlined />,
  items: [{ path: '/', label: '工作台' }],
  routes: [{ index: true, lazy: lazyRoute(() => import('./HomePage'), 'HomePage'), handle: { crumb: '工作台' } }],
};
