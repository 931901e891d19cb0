// Step 3: what the import would do — rows to add, rows to update with their changes, rows that
// change nothing, every rejected row with every reason (file · sheet · row · column), and the
// names to decide. Nothing is written until 确认导入.
import { useMemo, useState } from 'react';
import { Alert, App, Button, Checkbox, Space, Statistic, Table, Tabs, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { formatIssue } from '@shared/io/issues';
import type { ImportField } from '@shared/io/fields';
import { errorMessages } from '../../../ui/errors';
import { hasWrites } from '../plan/commit-plan';
import type { PlannedRow, Preview, RejectedRow } from '../plan/preview';
import type { ImportSession } from '../session/use-import-session';
import { useErrorWorkbookDownload } from './downloads';
import { FileWarnings, FillNotes } from './ReadNotes';
import { UnknownRefs } from './UnknownRefs';

const TABLE_HEIGHT = 420;

const where = (r: { file: string; sheet?: string; row: number }, many: boolean) => `${many ? `${r.file} · ` : ''}${r.sheet ? `${r.sheet} · ` : ''}第${r.row}行`;

function show(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (Array.isArray(v)) return v.join('、');
  if (typeof v === 'boolean') return v ? '是' : '否';
  return String(v);
}

function RowsTable({ rows, fields, many, session }: { rows: PlannedRow[]; fields: ImportField[]; many: boolean; session: ImportSession }) {
  return (
    <Table<PlannedRow>
      size="small"
      virtual
      rowKey={(r) => `${r.fileIndex}:${r.sheet}:${r.row}`}
      pagination={false}
      scroll={{ y: TABLE_HEIGHT, x: 200 + fields.length * 130 }}
      dataSource={rows}
      locale={{ emptyText: '没有' }}
      columns={[
        { title: '位置', key: 'where', width: 160, fixed: 'left', render: (_, r) => where(r, many) },
        { title: '名称', key: 'name', width: 180, fixed: 'left', render: (_, r) => session.target.name(r.draft) },
        ...fields.map((f) => ({ title: f.label, key: f.key, width: 130, ellipsis: true, render: (_: unknown, r: PlannedRow) => show(r.parsed.values[f.key]) })),
      ]}
    />
  );
}

export function PreviewStep({ session }: { session: ImportSession }) {
  const { message } = App.useApp();
  const preview = session.preview;
  const downloadErrors = useErrorWorkbookDownload();
  const [error, setError] = useState<string[] | null>(null);
  // A file with rejected rows is not imported by default (all or nothing); importing the rest
  // is a choice the user makes explicitly, after seeing every rejected row — for this preview
  // only: a rebuilt preview (another mapping, another decision) asks again.
  const [skipConfirmedFor, setSkipConfirmedFor] = useState<Preview | null>(null);
  const many = session.readyFiles.length > 1;
  const shownFields = useMemo(() => {
    const used = new Set(session.plans.filter((p) => p.include).flatMap((p) => [...p.mapping.values()]));
    return session.target.fields.filter((f) => used.has(f.key) && f.key !== 'name').slice(0, 10);
  }, [session.plans, session.target.fields]);
  if (!preview || !session.extracted) return null;
  const skipRejected = skipConfirmedFor === preview;
  const skipped = session.extracted.reduce((n, f) => n + f.skipped.filter((s) => s.kind !== 'blank').length, 0);
  const baseName = (session.readyFiles[0]?.name ?? '导入').replace(/\.[^.]*$/, '');

  const commit = async () => {
    setError(null);
    try {
      await session.commit();
      message.success('导入完成');
    } catch (e) {
      setError(errorMessages(e));
    }
  };

  return (
    <div>
      <Space size={48} style={{ marginBottom: 16 }} wrap>
        <Statistic title="新增" value={preview.creates.length} />
        <Statistic title="更新" value={preview.updates.length} />
        <Statistic title="无变化" value={preview.unchanged.length} />
        <Statistic title="拒绝" value={preview.rejected.length} styles={{ content: preview.rejected.length ? { color: '#cf1322' } : undefined }} />
        <Statistic title="跳过的合计、说明行" value={skipped} />
      </Space>
      <FillNotes sheets={session.extracted.flatMap((f) => f.filled.map((s) => ({ where: s.sheet ? `${f.fileName} · 工作表 ${s.sheet}` : f.fileName, fills: s.fills })))} />
      <FileWarnings warnings={session.readyFiles.flatMap((f) => (f.workbook?.warnings ?? []).map((w) => `${f.name}：${w}`))} />
      <UnknownRefs session={session} refs={preview.unknownRefs} candidates={session.context?.candidates ?? new Map()} />
      <Checkbox checked={session.updateExisting} onChange={(e) => session.setUpdateExisting(e.target.checked)} style={{ marginBottom: 8 }}>
        信息库中已有的{session.target.label}，按导入的数据更新（空白单元格不会清除已有内容）
      </Checkbox>
      <Tabs
        defaultActiveKey={preview.rejected.length ? 'rejected' : 'creates'}
        items={[
          { key: 'creates', label: `新增（${preview.creates.length}）`, children: <RowsTable rows={preview.creates} fields={shownFields} many={many} session={session} /> },
          {
            key: 'updates',
            label: `更新（${preview.updates.length}）`,
            children: (
              <Table<PlannedRow>
                size="small"
                virtual
                rowKey={(r) => `${r.fileIndex}:${r.sheet}:${r.row}`}
                pagination={false}
                scroll={{ y: TABLE_HEIGHT }}
                dataSource={preview.updates}
                locale={{ emptyText: '没有' }}
                columns={[
                  { title: '位置', key: 'where', width: 160, render: (_, r) => where(r, many) },
                  { title: '名称', key: 'name', width: 200, render: (_, r) => session.target.name(r.existing!) },
                  {
                    title: '变更',
                    key: 'changes',
                    render: (_, r) => (
                      <Space size={[4, 4]} wrap>
                        {r.changes!.map((c) => (
                          <Tag key={c.field}>
                            {c.label}：{c.from || '（空）'} → {c.to || '（空）'}
                          </Tag>
                        ))}
                      </Space>
                    ),
                  },
                ]}
              />
            ),
          },
          {
            key: 'unchanged',
            label: `无变化（${preview.unchanged.length}）`,
            children: <RowsTable rows={preview.unchanged} fields={shownFields} many={many} session={session} />,
          },
          {
            key: 'rejected',
            label: `拒绝（${preview.rejected.length}）`,
            children: (
              <Table<RejectedRow>
                size="small"
                virtual
                rowKey={(r) => `${r.fileIndex}:${r.sheet}:${r.row}`}
                pagination={false}
                scroll={{ y: TABLE_HEIGHT }}
                dataSource={preview.rejected}
                locale={{ emptyText: '没有被拒绝的行' }}
                columns={[
                  { title: '位置', key: 'where', width: 160, render: (_, r) => where(r, many) },
                  {
                    title: '原因',
                    key: 'issues',
                    render: (_, r) => (
                      <Space orientation="vertical" size={0}>
                        {r.issues.map((i, n) => (
                          <Typography.Text key={n} type="danger">
                            {formatIssue(i)}
                          </Typography.Text>
                        ))}
                      </Space>
                    ),
                  },
                ]}
              />
            ),
          },
        ]}
      />
      {preview.rejected.length > 0 && (
        <Alert
          style={{ marginTop: 12 }}
          type="warning"
          showIcon
          title={`有 ${preview.rejected.length} 行被拒绝，整个文件暂不导入`}
          description={
            <Space orientation="vertical" size={4}>
              <span>请下载错误行，改正后重新导入；或者确认只导入其余的行，被拒绝的行不写入。</span>
              <Checkbox checked={skipRejected} onChange={(e) => setSkipConfirmedFor(e.target.checked ? preview : null)}>
                跳过这 {preview.rejected.length} 行被拒绝的行，只导入其余的行
              </Checkbox>
            </Space>
          }
        />
      )}
      {error && (
        <Typography.Paragraph type="danger" style={{ marginTop: 12 }}>
          {error.join('；')}
        </Typography.Paragraph>
      )}
      <Space style={{ width: '100%', justifyContent: 'space-between', marginTop: 16 }}>
        <Button icon={<DownloadOutlined />} disabled={preview.rejected.length === 0} onClick={() => void downloadErrors(preview.rejected, session.plans, baseName)}>
          下载错误行（标红，可改后重新导入）
        </Button>
        <Space>
          <Button onClick={() => session.setStep('mapping')}>上一步</Button>
          <Button type="primary" disabled={!hasWrites(preview) || (preview.rejected.length > 0 && !skipRejected)} onClick={() => void commit()}>
            确认导入（新增 {preview.creates.length}，更新 {preview.updates.length}）
          </Button>
        </Space>
      </Space>
    </div>
  );
}
