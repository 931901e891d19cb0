import { SettingOutlined } from '@ant-design/icons';
import type { FeatureArea } from '../../app/feature';
import { lazyRoute } from '../../app/lazy';

export const settingsArea: FeatureArea = {
  key: 'settings',
  label: '设置',
  icon: <SettingOutlined />,
  items: [{ path: '/settings', label: '设置' }],
  routes: [{ path: 'settings', lazy: lazyRoute(() => import('./SettingsPage'), 'SettingsPage'), handle: { crumb: '设置' } }],
};
