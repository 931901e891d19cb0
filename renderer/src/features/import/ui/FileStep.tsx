// Step 1: choose or drop files; each is read in the background with its own progress and 取消.
import { useEffect } from 'react';
import dayjs from 'dayjs';
import { Alert, Button, List, Progress, Space, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { releaseParser, warmParser } from '../../../host';
import { progressPercent } from '../parse-file';
import type { FileEntry, ImportSession } from '../session/use-import-session';

const ACCEPT = '.xlsx,.xlsm,.xls,.csv,.et,.txt';

const sizeText = (n: number) => (n < 1024 * 1024 ? `${Math.max(1, Math.round(n / 1024))} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`);

function FileRow({ file, session }: { file: FileEntry; session: ImportSession }) {
  const status =
    file.status === 'reading' ? (
      <Space>
        <Progress percent={progressPercent(file.progress)} size="small" style={{ width: 200 }} status="active" />
        <Button size="small" onClick={() => session.cancelFile(file.id)}>
          取消
        </Button>
      </Space>
    ) : file.status === 'done' ? (
      <Typography.Text type="success">已读取：{file.workbook!.sheets.filter((s) => s.rows.length).length} 个工作表，共 {file.workbook!.sheets.reduce((n, s) => n + s.rows.length, 0)} 行</Typography.Text>
    ) : file.status === 'cancelled' ? (
      <Typography.Text type="secondary">已取消读取</Typography.Text>
    ) : (
      <Typography.Text type="danger">{file.error}</Typography.Text>
    );
  return (
    <List.Item
      actions={[
        <Button key="remove" type="link" size="small" onClick={() => session.removeFile(file.id)}>
          移除
        </Button>,
      ]}
    >
      <List.Item.Meta
        title={`${file.name}（${sizeText(file.size)}）`}
        description={
          <Space orientation="vertical" size={2}>
            {status}
            {file.importedBefore?.length ? (
              <Typography.Text type="warning">
                该文件已于 {dayjs(file.importedBefore[0].createdAt).format('YYYY-MM-DD HH:mm')} 导入过，再次导入将按已有记录更新
              </Typography.Text>
            ) : null}
          </Space>
        }
      />
    </List.Item>
  );
}

export function FileStep({ session }: { session: ImportSession }) {
  const reading = session.files.some((f) => f.status === 'reading');
  const ready = session.readyFiles.length > 0 && !reading;
  const noSheet = ready && session.plans.every((p) => !p.layout);
  // The parser starts while a file is being chosen (again when the pointer comes to the drop
  // area after a file took it), and goes when this step closes.
  useEffect(() => {
    warmParser();
    return releaseParser;
  }, []);
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle" onPointerEnter={warmParser} onPointerDown={warmParser} onDragEnter={warmParser}>
      <Upload.Dragger
        multiple
        accept={ACCEPT}
        showUploadList={false}
        beforeUpload={(file) => {
          void file.arrayBuffer().then((buffer) => session.addFiles([{ name: file.name, bytes: new Uint8Array(buffer) }]));
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">点击选择文件，或把文件拖到这里</p>
        <p className="ant-upload-hint">支持 Excel/WPS 表格（.xlsx、.xlsm、.xls）和 .csv，可一次选择多个文件；表头可以在标题行下面，可以是两行合并表头。</p>
      </Upload.Dragger>
      {session.files.length > 0 && <List bordered dataSource={session.files} renderItem={(f) => <FileRow file={f} session={session} />} />}
      {noSheet && (
        <Alert
          type="warning"
          showIcon
          title={`没有找到${session.target.title}的表头`}
          description={`文件中没有一行表头能对应到「${session.target.fields
            .filter((f) => f.required)
            .map((f) => f.label)
            .join('」「')}」等栏目。请检查是否选错了文件，或下载导入模板对照填写。`}
        />
      )}
      <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
        <Button type="primary" disabled={!ready || noSheet} onClick={() => session.setStep('mapping')}>
          下一步
        </Button>
      </Space>
    </Space>
  );
}
