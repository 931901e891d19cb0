// 导入培训班名单 (/training/classes/import): the office's own workbook — the classes on one sheet
// and the trainees on another, or one sheet per class — in four steps: 选择文件 → 对应列 →
// 预览 → 完成. Nothing is written before 确认导入; the whole import can be undone later.
import { Suspense } from 'react';
import { useNavigate } from 'react-router';
import { Alert, App, Button, Card, Progress, Result, Select, Space, Spin, Steps, Typography, Upload } from 'antd';
import { ArrowLeftOutlined, DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { host } from '../../../host';
import { duplicateFields, missingFields, progressPercent, SheetMapping, useUndoBatch } from '../../import';
import { ROLE_FIELDS, type SheetRole } from './plan';
import { ClassImportPreview } from './ClassImportPreview';
import { useClassImport, type ClassImportSession, type Step } from './use-class-import';

const STEPS: { key: Step; title: string }[] = [
  { key: 'files', title: '选择文件' },
  { key: 'mapping', title: '对应列' },
  { key: 'preview', title: '预览' },
  { key: 'done', title: '完成' },
];

const ROLE_OPTIONS: { value: SheetRole | ''; label: string }[] = [
  { value: 'classes', label: '培训班（一行一期）' },
  { value: 'trainees', label: '学员（一行一人）' },
  { value: '', label: '不导入' },
];

function FileStep({ session }: { session: ClassImportSession }) {
  const { file, sheets } = session;
  const roles = sheets.filter((s) => s.role);
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Upload.Dragger
        accept=".xlsx,.xls,.et"
        showUploadList={false}
        beforeUpload={(f) => {
          void f.arrayBuffer().then((buffer) => session.choose(f.name, new Uint8Array(buffer)));
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">点击选择文件，或把文件拖到这里</p>
        <p className="ant-upload-hint">一个 Excel/WPS 工作簿：培训班列在一个工作表（期次、培训班名称、开班日期……），学员列在另一个工作表（期次、姓名、单位、职务……）；也可以每期一个工作表，以工作表名称为期次。</p>
      </Upload.Dragger>
      {file?.status === 'reading' && (
        <Space>
          <Progress percent={progressPercent(file.progress)} size="small" style={{ width: 240 }} status="active" />
          <Button size="small" onClick={session.cancelRead}>
            取消
          </Button>
        </Space>
      )}
      {file?.status === 'error' && <Alert type="error" showIcon title={file.error} />}
      {file?.status === 'cancelled' && <Alert type="info" showIcon title="已取消读取" />}
      {file?.status === 'done' && (
        <Alert
          type={roles.length ? 'success' : 'warning'}
          showIcon
          title={`已读取：${file.name}`}
          description={
            roles.length
              ? roles.map((s) => `工作表「${s.sheet.name}」：${s.role === 'classes' ? '培训班' : '学员'}，约 ${s.sheet.rows.length - (s.layout?.dataStartRow ?? 1) + 1} 行`).join('；')
              : '没有找到培训班或学员的表头（如「培训班名称」「开班日期」或「姓名」「单位」），请检查是否选错了文件。'
          }
        />
      )}
      <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
        <Button type="primary" disabled={file?.status !== 'done' || roles.length === 0} onClick={() => session.setStep('mapping')}>
          下一步
        </Button>
      </Space>
    </Space>
  );
}

function MappingStep({ session }: { session: ClassImportSession }) {
  const included = session.sheets.filter((p) => p.role && p.include && p.layout);
  const blocked = included.length === 0 || included.some((p) => missingFields(p, ROLE_FIELDS[p.role!]).length > 0 || duplicateFields(p, ROLE_FIELDS[p.role!]).length > 0);
  // One boundary for the tables and the buttons under them: the buttons show only once the
  // (lazily loaded) tables are in place, so they cannot move away between a press and its release.
  return (
    <Suspense fallback={<Spin />}>
      {session.sheets.map((p) => (
        <div key={p.key}>
          <Space style={{ marginBottom: 8 }}>
            <Typography.Text strong>工作表「{p.sheet.name}」是</Typography.Text>
            <Select aria-label={`工作表「${p.sheet.name}」的内容`} style={{ width: 200 }} value={p.role ?? ''} options={ROLE_OPTIONS} onChange={(v: SheetRole | '') => void session.setRole(p.key, v || null)} />
            {p.role === 'trainees' && p.layout && ![...p.mapping.values()].includes('session') && (
              <Typography.Text type="secondary">没有「期次」列：按工作表名称「{p.sheet.name}」找培训班</Typography.Text>
            )}
          </Space>
          {p.role && <SheetMapping plan={p} fields={ROLE_FIELDS[p.role]} updatePlan={session.updatePlan} />}
        </div>
      ))}
      <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
        <Button onClick={() => session.setStep('files')}>上一步</Button>
        <Button type="primary" disabled={blocked} onClick={() => void session.toPreview()}>
          下一步：预览
        </Button>
      </Space>
    </Suspense>
  );
}

function DoneStep({ session }: { session: ClassImportSession }) {
  const navigate = useNavigate();
  const undo = useUndoBatch();
  const batch = session.batches?.[0];
  if (!batch) return null;
  return (
    <Result
      status="success"
      title="导入完成"
      subTitle={`新增 ${batch.counts.added} 条，更新 ${batch.counts.updated} 条${batch.counts.rejected ? `，${batch.counts.rejected} 行未导入` : ''}。如有错误，可整批撤销。`}
      extra={[
        <Button key="list" type="primary" onClick={() => navigate('/training/classes')}>
          查看培训班列表
        </Button>,
        <Button key="history" onClick={() => navigate('/import/history')}>
          查看导入记录
        </Button>,
        <Button key="again" onClick={session.restart}>
          继续导入
        </Button>,
        <Button key="undo" danger onClick={() => undo(session.batches ?? [], session.restart)}>
          撤销本次导入
        </Button>,
      ]}
    />
  );
}

function useTemplateDownload() {
  const { message } = App.useApp();
  return async () => {
    // ExcelJS is loaded when a workbook is written, not with the page.
    const { buildClassListTemplate } = await import('@shared/io/targets/class-list-template');
    const bytes = (await buildClassListTemplate()) as Uint8Array<ArrayBuffer>;
    const r = await host.saveFile({ title: '保存导入模板', defaultName: '培训班名单导入模板.xlsx', bytes, filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }] });
    if (r.ok) message.success(`已保存导入模板：${r.value.location}`);
    else if (!r.cancelled) message.error(`保存失败：${r.error}`);
  };
}

export function ClassImportPage() {
  const navigate = useNavigate();
  const session = useClassImport();
  const downloadTemplate = useTemplateDownload();
  const current = STEPS.findIndex((s) => s.key === session.step);
  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Space>
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/training/classes')}>
            返回
          </Button>
          <Typography.Title level={4} style={{ margin: 0 }}>
            导入培训班名单
          </Typography.Title>
        </Space>
        <Button icon={<DownloadOutlined />} onClick={() => void downloadTemplate()}>
          下载导入模板
        </Button>
      </Space>
      <Steps current={current} items={STEPS.map((s) => ({ title: s.title }))} style={{ marginBottom: 24 }} />
      <Spin spinning={session.busy !== null} tip={session.busy ?? undefined}>
        {session.step === 'files' && <FileStep session={session} />}
        {session.step === 'mapping' && <MappingStep session={session} />}
        {session.step === 'preview' && <ClassImportPreview session={session} />}
        {session.step === 'done' && <DoneStep session={session} />}
      </Spin>
    </Card>
  );
}
