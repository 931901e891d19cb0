// 导入年终统计表: many files at once, chosen or dropped; each previewed and imported on its own.
import { Button, Modal, Space, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import type { TallyData } from '../data';
import { FileCard } from './FileCard';
import { canCommit, useTallyImport } from './use-tally-import';

export function TallyImportModal({ open, onClose, data, year }: { open: boolean; onClose: () => void; data: TallyData; year: number }) {
  const session = useTallyImport(data, year);
  const ready = session.files.filter(canCommit);
  const close = () => {
    session.clear();
    onClose();
  };
  const commitAll = async () => {
    for (const f of ready) await session.commit(f);
  };
  return (
    <Modal
      open={open}
      title={`导入${year}年年终统计表`}
      width={1100}
      onCancel={close}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={close}>关闭</Button>
          <Button type="primary" disabled={ready.length === 0} onClick={() => void commitAll()}>
            全部导入（{ready.length} 个文件）
          </Button>
        </Space>
      }
    >
      <Upload.Dragger
        multiple
        accept=".xlsx,.xlsm,.xls,.csv,.et"
        showUploadList={false}
        beforeUpload={(file) => {
          void file.arrayBuffer().then((buffer) => session.addFile(file.name, new Uint8Array(buffer)));
          return false;
        }}
        style={{ marginBottom: 16 }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">点击选择或拖入各乡镇报回的年终统计表（可一次选多个）</p>
        <p className="ant-upload-hint">本系统生成的模板自动识别；乡镇自制的表格（.xlsx、.xls、.csv）需确认报送单位和列的对应关系。</p>
      </Upload.Dragger>
      {session.files.length === 0 && <Typography.Text type="secondary">尚未选择文件。</Typography.Text>}
      {session.files.map((f) => (
        <FileCard key={f.id} entry={f} session={session} data={data} />
      ))}
    </Modal>
  );
}
