import { HomeOutlined } from '@ant-design/icons';
import type { FeatureArea } from '../../app/feature';
import { HomePage } from './HomePage';

export const homeArea: FeatureArea = {
  key: 'home',
  label: '工作台',
  icon: <HomeOutlined />,
  items: [{ path: '/', label: '工作台' }],
  routes: [{ index: true, element: <HomePage />, handle: { crumb: '工作台' } }],
};
