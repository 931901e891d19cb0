// A schema upgrade failed: the database is still at its old version with its data intact
// (the upgrade ran in one versionchange transaction). Say so, and hand over the backup taken
// just before the upgrade.
import { App, Button, Result, Space, Typography } from 'antd';
import { BACKUP_FILE_FILTERS } from '@shared/backup/format';
import { host } from '../../host';
import type { StartupOutcome } from './startup';

type Props = { outcome: Extract<StartupOutcome, { kind: 'upgrade-failed' }> };

export function UpgradeFailed({ outcome }: Props) {
  const { message } = App.useApp();
  const { backup } = outcome;
  async function save() {
    if (!backup) return;
    const saved = await host.saveFile({ title: '保存升级前的备份', defaultName: backup.name, bytes: backup.bytes as Uint8Array<ArrayBuffer>, filters: BACKUP_FILE_FILTERS });
    if (saved.ok) message.success(`已保存：${saved.value.location}`);
    else if (!saved.cancelled) message.error(saved.error);
  }
  return (
    <Result
      status="error"
      title="数据升级失败，数据未做任何更改"
      subTitle={
        <Space orientation="vertical">
          <span>
            {outcome.fromVersion > 0 ? `数据仍保持升级前的格式（第 ${outcome.fromVersion} 版），可以用原来版本的程序继续打开。` : '数据库未能打开。'}
          </span>
          {backup ? (
            <span data-testid="upgrade-backup">
              升级前已自动备份：{backup.location ?? backup.name}
            </span>
          ) : null}
          <Typography.Text type="secondary">错误信息：{outcome.reason}</Typography.Text>
        </Space>
      }
      extra={
        <Space>
          {backup ? (
            <Button type="primary" onClick={() => void save()}>
              保存升级前的备份…
            </Button>
          ) : null}
          <Button onClick={() => location.reload()}>重试</Button>
        </Space>
      }
    />
  );
}
