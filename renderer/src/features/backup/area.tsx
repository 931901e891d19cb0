import { SafetyOutlined } from '@ant-design/icons';
import type { FeatureArea } from '../../app/feature';
import { lazyRoute } from '../../app/lazy';

export const backupArea: FeatureArea = {
  key: 'backup',
  label: '数据安全',
  icon: <SafetyOutlined />,
  items: [
    { path: '/backup', label: '备份与恢复' },
    { path: '/backup/audit', label: '操作日志' },
  ],
  routes: [
    { path: 'backup', lazy: lazyRoute(() => import('./BackupPage'), 'BackupPage'), handle: { crumb: '数据安全 / 备份与恢复' } },
    { path: 'backup/audit', lazy: lazyRoute(() => import('./audit/AuditLogPage'), 'AuditLogPage'), handle: { crumb: '数据安全 / 操作日志' } },
  ],
};
