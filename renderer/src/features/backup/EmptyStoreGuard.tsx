// The database opened empty although the marker (kept outside it) says it held records:
// the data folder or the app's origin may have changed, or the browser cleared its storage.
// Nothing goes on until the user restores a backup or, knowingly, starts empty.
import { App, Button, Result, Space, Typography } from 'antd';
import { backupService } from './instance';
import { formatCount, formatTime } from './format';
import type { StartupOutcome } from './startup';
import { useRestoreFlow } from './use-restore-flow';

type Props = { outcome: Extract<StartupOutcome, { kind: 'empty-store' }>; onContinue: () => void };

export function EmptyStoreGuard({ outcome, onContinue }: Props) {
  const { modal } = App.useApp();
  const restore = useRestoreFlow(onContinue);
  const { marker, latest } = outcome;

  function startEmpty() {
    modal.confirm({
      title: '确定以空数据库开始吗？',
      content: '原有的数据不会因此恢复。只有在确认不再需要原有数据时才这样做；之后仍可在「数据安全 → 备份与恢复」中从备份恢复。',
      okText: '以空数据库开始',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        await backupService().syncMarker();
        onContinue();
      },
    });
  }

  return (
    <>
      <Result
        status="warning"
        title="数据库是空的，但本机记录显示原来有数据"
        subTitle={
          <Space orientation="vertical">
            <span data-testid="guard-marker">
              上次记录（{formatTime(marker.updatedAt)}）共有 {formatCount(marker.total)} 条记录
              {marker.lastBackupAt ? `；上次备份：${formatTime(marker.lastBackupAt)}（${marker.lastBackupName ?? ''}）` : '；没有备份记录'}。
            </span>
            <Typography.Text type="secondary">
              可能的原因：程序的数据文件夹被移动或删除、浏览器清除了网站数据、程序以其他地址打开。为免误操作，程序已暂停，请先恢复备份。
            </Typography.Text>
          </Space>
        }
        extra={
          <Space wrap>
            {latest ? (
              <Button type="primary" onClick={() => void restore.fromShelf(latest.name)}>
                从最新备份恢复（{latest.name}）
              </Button>
            ) : null}
            <Button type={latest ? 'default' : 'primary'} onClick={() => void restore.chooseFile()}>
              选择备份文件恢复…
            </Button>
            <Button danger onClick={startEmpty}>
              仍以空数据库开始
            </Button>
          </Space>
        }
      />
      {restore.element}
    </>
  );
}
