// Choose → verify → preview → (safety backup) → restore → 撤销, shared by the backup page and
// the empty-store guard. A refused file is said in a dialog naming it; nothing is changed.
import { useState, type ReactNode } from 'react';
import { App, Button, Modal, Spin } from 'antd';
import type { BackupContents } from '@shared/backup/read';
import { BACKUP_FILE_FILTERS } from '@shared/backup/format';
import { host } from '../../host';
import { backupService, appShelf } from './instance';
import { RestorePreview } from './RestorePreview';
import { RestoreRefused } from './RestoreRefused';
import type { TableCounts } from './store-io';
import type { RecordReport } from '@shared/model/record-rules';

type Pending = { fileName: string; contents: BackupContents; current: TableCounts };
type Refused = { fileName: string; error: string; report: RecordReport };

export function useRestoreFlow(onRestored?: () => void): {
  chooseFile: () => Promise<void>;
  fromShelf: (name: string) => Promise<void>;
  element: ReactNode;
} {
  const { modal, message } = App.useApp();
  const [checking, setChecking] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [refused, setRefused] = useState<Refused | null>(null);
  const [busy, setBusy] = useState(false);
  const service = backupService();

  async function openBytes(fileName: string, bytes: Uint8Array): Promise<void> {
    setChecking(fileName);
    try {
      const verified = await service.verify(bytes);
      if (!verified.ok) {
        // Records that break the rules are listed (and can be saved); other refusals are one sentence.
        if (verified.report) setRefused({ fileName, error: verified.error, report: verified.report });
        else modal.error({ title: `无法恢复「${fileName}」`, content: verified.error, okText: '知道了' });
        return;
      }
      setPending({ fileName, contents: verified.value, current: await service.currentCounts() });
    } finally {
      setChecking(null);
    }
  }

  async function restoreNow(target: Pending, undoable: boolean): Promise<void> {
    const result = await service.restore(target.contents, target.fileName);
    if (!result.ok) {
      modal.error({ title: '恢复失败', content: result.error, okText: '知道了' });
      return;
    }
    setPending(null);
    onRestored?.();
    const safety = result.value.safety;
    const key = `restored-${Date.now()}`;
    message.success({
      key,
      duration: 10,
      content: (
        <span>
          已从「{target.fileName}」恢复数据{safety ? `；恢复前的数据已备份为「${safety.name}」` : ''}
          {safety && undoable ? (
            <Button
              type="link"
              size="small"
              onClick={async () => {
                message.destroy(key);
                const back = await service.verify(safety.bytes);
                if (!back.ok) return void message.error(back.error);
                await restoreNow({ fileName: safety.name, contents: back.value, current: await service.currentCounts() }, false);
              }}
            >
              撤销
            </Button>
          ) : null}
        </span>
      ),
    });
  }

  async function confirm(): Promise<void> {
    if (!pending) return;
    setBusy(true);
    try {
      await restoreNow(pending, true);
    } finally {
      setBusy(false);
    }
  }

  return {
    async chooseFile() {
      const picked = await host.openFiles({ title: '选择备份文件', filters: BACKUP_FILE_FILTERS, multiple: false });
      if (!picked.ok) {
        if (!picked.cancelled) message.error(picked.error);
        return;
      }
      const [file] = picked.value;
      if (file) await openBytes(file.name, file.bytes);
    },
    async fromShelf(name) {
      const read = await appShelf()?.read(name);
      if (!read) return;
      if (!read.ok) return void modal.error({ title: `无法恢复「${name}」`, content: read.error, okText: '知道了' });
      await openBytes(name, read.value);
    },
    element: (
      <>
        <Modal open={checking !== null} footer={null} closable={false} maskClosable={false} title="正在校验备份文件">
          <Spin /> <span style={{ marginLeft: 8 }}>正在校验「{checking}」……</span>
        </Modal>
        {pending ? (
          <RestorePreview
            fileName={pending.fileName}
            contents={pending.contents}
            current={pending.current}
            busy={busy}
            onConfirm={() => void confirm()}
            onCancel={() => setPending(null)}
          />
        ) : null}
        {refused ? <RestoreRefused fileName={refused.fileName} error={refused.error} report={refused.report} onClose={() => setRefused(null)} /> : null}
      </>
    ),
  };
}
