// 数据安全 → 备份与恢复: when the last backup was taken and where backups go, 立即备份, restore
// from a file, and the automatic / safety backups kept in the backup folder (or the browser).
import { useCallback, useEffect, useState } from 'react';
import { App, Alert, Button, Card, Descriptions, Empty, Space, Table, Typography } from 'antd';
import { CloudDownloadOutlined, FolderOpenOutlined, HistoryOutlined, SaveOutlined } from '@ant-design/icons';
import { parseBackupName } from '@shared/backup/naming';
import { REASON_LABELS } from '@shared/backup/format';
import { BACKUP_FILE_FILTERS } from '@shared/backup/format';
import type { BackupFileInfo } from '@shared/ipc/contract';
import { host } from '../../host';
import { appShelf, backupService } from './instance';
import { formatCount, formatSize, formatTime, isStale, STALE_AFTER_DAYS } from './format';
import { useMarker } from './use-marker';
import { useRestoreFlow } from './use-restore-flow';

function useShelfFiles(): [BackupFileInfo[] | undefined, string | undefined, () => void] {
  const [files, setFiles] = useState<BackupFileInfo[]>();
  const [error, setError] = useState<string>();
  const refresh = useCallback(() => {
    const shelf = appShelf();
    if (!shelf) return setFiles([]);
    void shelf.list().then((r) => {
      if (r.ok) {
        setFiles(r.value.filter((f) => parseBackupName(f.name)));
        setError(undefined);
      } else setError(r.error);
    });
  }, []);
  useEffect(refresh, [refresh]);
  return [files, error, refresh];
}

export function BackupPage() {
  const { message } = App.useApp();
  const marker = useMarker();
  const [files, listError, refresh] = useShelfFiles();
  const [working, setWorking] = useState<string | null>(null);
  const [where, setWhere] = useState<string>();
  const [dataLocation, setDataLocation] = useState<string>();
  const restore = useRestoreFlow(refresh);
  const shelf = appShelf();
  const folderMode = shelf?.kind === 'folder';

  useEffect(() => {
    void shelf?.where().then(setWhere);
    void host.getAppInfo().then((info) => setDataLocation(info.dataLocation));
  }, [shelf]);

  async function run(label: string, work: () => Promise<{ ok: true; value: { name: string; location: string } } | { ok: false; error: string; cancelled?: boolean }>) {
    setWorking(label);
    try {
      const result = await work();
      if (result.ok) message.success(`已备份：${result.value.location}`);
      else if (!result.cancelled) message.error(result.error);
      refresh();
    } catch (error) {
      message.error(`备份失败：${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setWorking(null);
    }
  }

  async function changeFolder() {
    const chosen = await host.chooseBackupFolder();
    if (chosen.ok) {
      setWhere(chosen.value);
      message.success(`备份文件夹已改为：${chosen.value}`);
      refresh();
    } else if (!chosen.cancelled) message.error(chosen.error);
  }

  async function saveCopy(name: string) {
    const read = await shelf?.read(name);
    if (!read?.ok) return void message.error(read?.error ?? '无法读取备份');
    const saved = await host.saveFile({ title: '另存备份', defaultName: name, bytes: read.value as Uint8Array<ArrayBuffer>, filters: BACKUP_FILE_FILTERS });
    if (saved.ok) message.success(`已保存：${saved.value.location}`);
    else if (!saved.cancelled) message.error(saved.error);
  }

  const stale = marker !== undefined && isStale(marker?.lastBackupAt);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {stale ? (
        <Alert
          type="warning"
          showIcon
          title={marker?.lastBackupAt ? `上次备份已超过 ${STALE_AFTER_DAYS} 天` : '尚未备份'}
          description={
            folderMode
              ? '程序每天第一次启动和退出时会自动备份；也可以现在点「立即备份」。'
              : '浏览器版不会自动把备份存到磁盘：请点「立即备份」，并把下载的备份文件另存到 U 盘或其他电脑。'
          }
        />
      ) : null}
      <Card title="备份" size="small">
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label="上次备份">
            {marker?.lastBackupAt ? (
              <span data-testid="last-backup">
                {formatTime(marker.lastBackupAt)}　{marker.lastBackupName}
              </span>
            ) : (
              <Typography.Text type="warning">尚未备份</Typography.Text>
            )}
          </Descriptions.Item>
          <Descriptions.Item label="备份位置">{folderMode ? where : '浏览器的下载文件夹（每次备份下载一个 .cqbak 文件）'}</Descriptions.Item>
          <Descriptions.Item label="数据位置">{dataLocation}</Descriptions.Item>
          <Descriptions.Item label="当前数据">{marker ? `${formatCount(marker.total)} 条记录` : '—'}</Descriptions.Item>
        </Descriptions>
        <Space style={{ marginTop: 12 }} wrap>
          <Button type="primary" icon={<SaveOutlined />} loading={working === 'now'} onClick={() => void run('now', () => backupService().backupNow())}>
            立即备份
          </Button>
          {folderMode ? (
            <>
              <Button icon={<CloudDownloadOutlined />} loading={working === 'copy'} onClick={() => void run('copy', () => backupService().saveCopyAs())}>
                另存备份…
              </Button>
              <Button icon={<FolderOpenOutlined />} onClick={() => void changeFolder()}>
                更改备份文件夹…
              </Button>
            </>
          ) : null}
        </Space>
      </Card>
      <Card title="恢复" size="small">
        <Typography.Paragraph type="secondary">
          选择一个备份文件（.cqbak），程序先校验文件是否完整，再列出其中的数据与当前数据对比，确认后才替换。恢复前会自动备份当前数据。
        </Typography.Paragraph>
        <Button icon={<HistoryOutlined />} onClick={() => void restore.chooseFile()}>
          从备份文件恢复…
        </Button>
      </Card>
      <Card title={folderMode ? '备份文件夹中的备份' : '浏览器内的安全备份（导入、恢复前自动保存）'} size="small">
        {listError ? <Alert type="error" showIcon title={listError} style={{ marginBottom: 8 }} /> : null}
        <Table<BackupFileInfo>
          size="small"
          rowKey="name"
          loading={files === undefined}
          dataSource={files}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          locale={{ emptyText: <Empty description={folderMode ? '暂无备份，点击「立即备份」创建第一份备份' : '暂无安全备份：导入或恢复数据前会自动保存一份'} /> }}
          columns={[
            { title: '文件名', dataIndex: 'name' },
            { title: '类型', key: 'kind', width: 90, render: (_, f) => REASON_LABELS[parseBackupName(f.name)!.reason] },
            { title: '时间', dataIndex: 'modifiedAt', width: 150, render: formatTime, sorter: (a, b) => a.modifiedAt.localeCompare(b.modifiedAt), defaultSortOrder: 'descend' },
            { title: '大小', dataIndex: 'size', width: 100, align: 'right', render: formatSize },
            {
              title: '操作',
              key: 'actions',
              width: 140,
              render: (_, f) => (
                <Space size="small">
                  <Typography.Link onClick={() => void restore.fromShelf(f.name)}>恢复</Typography.Link>
                  <Typography.Link onClick={() => void saveCopy(f.name)}>{folderMode ? '另存' : '下载'}</Typography.Link>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {restore.element}
    </Space>
  );
}
