import { SettingOutlined } from '@ant-design/icons';
import type { FeatureArea } from '../../app/feature';
import { SettingsPage } from './SettingsPage';

export const settingsArea: FeatureArea = {
  key: 'settings',
  label: '设置',
  icon: <SettingOutlined />,
  items: [{ path: '/settings', label: '设置' }],
  routes: [{ path: 'settings', element: <SettingsPage />, handle: { crumb: '设置' } }],
};
