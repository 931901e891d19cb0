// The top bar's backup status: 「上次备份：2026-11-20」, in the warning colour when it is older
// than a week or when there is none (「尚未备份」). A click opens 备份与恢复.
import { Button, theme } from 'antd';
import { SafetyCertificateOutlined, WarningOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { formatDay, isStale } from './format';
import { useMarker } from './use-marker';

export function BackupStatus() {
  const marker = useMarker();
  const navigate = useNavigate();
  const { token } = theme.useToken();
  if (marker === undefined) return null;
  const stale = isStale(marker?.lastBackupAt);
  return (
    <Button
      type="text"
      size="small"
      data-testid="backup-status"
      data-stale={stale}
      icon={stale ? <WarningOutlined /> : <SafetyCertificateOutlined />}
      style={{ color: stale ? token.colorWarning : token.colorTextSecondary }}
      onClick={() => navigate('/backup')}
    >
      {marker?.lastBackupAt ? `上次备份：${formatDay(marker.lastBackupAt)}` : '尚未备份'}
    </Button>
  );
}
