// Step 3 of the class-list import: the classes and trainees it would add or update, every
// rejected row with every reason (file · sheet · row · column), and the names to decide —
// persons no record has (新建 or 对应到) and classes the rows name that neither the file nor
// the store has. Nothing is written until 确认导入.
import { Suspense, useState } from 'react';
import { Alert, App, Button, Checkbox, Space, Spin, Statistic, Table, Tabs, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { formatIssue } from '@shared/io/issues';
import { errorMessages } from '../../../ui/errors';
import { UnknownRefs, useErrorWorkbookDownload, type PlannedRow, type RejectedRow } from '../../import';
import { hasWrites, rejectedCount, type ClassListPreview } from './plan';
import type { ClassImportSession } from './use-class-import';

const where = (r: { sheet?: string; row: number }) => `${r.sheet ? `${r.sheet} · ` : ''}第${r.row}行`;
const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));

function ClassRows({ rows }: { rows: PlannedRow[] }) {
  return (
    <Table<PlannedRow>
      size="small"
      rowKey={(r) => `${r.sheet}:${r.row}`}
      pagination={false}
      dataSource={rows}
      locale={{ emptyText: '没有' }}
      columns={[
        { title: '位置', key: 'where', width: 150, render: (_, r) => where(r) },
        { title: '期次', key: 'session', width: 80, render: (_, r) => text(r.draft.session) },
        { title: '培训班名称', key: 'name', render: (_, r) => text(r.draft.name) },
        { title: '开班日期', key: 'start', width: 110, render: (_, r) => text(r.draft.startDate) },
        { title: '结业日期', key: 'end', width: 110, render: (_, r) => text(r.draft.endDate) },
        { title: '培训地点', key: 'place', width: 120, render: (_, r) => text(r.draft.place) },
        { title: '状态', key: 'state', width: 80, render: (_, r) => (r.existing ? '已有，更新' : '新增') },
      ]}
    />
  );
}

function TraineeRows({ rows, className }: { rows: PlannedRow[]; className: (id: string) => string }) {
  return (
    <Table<PlannedRow>
      size="small"
      virtual
      scroll={{ y: 360 }}
      rowKey={(r) => `${r.sheet}:${r.row}`}
      pagination={false}
      dataSource={rows}
      locale={{ emptyText: '没有' }}
      columns={[
        { title: '位置', key: 'where', width: 150, render: (_, r) => where(r) },
        { title: '培训班', key: 'class', width: 220, ellipsis: true, render: (_, r) => className(String(r.draft.classId)) },
        { title: '姓名', key: 'name', width: 90, render: (_, r) => text(r.draft.name) },
        { title: '单位', key: 'unit', render: (_, r) => text(r.draft.orgName) },
        { title: '职务', key: 'post', width: 140, render: (_, r) => text(r.draft.post) },
        { title: '状态', key: 'state', width: 90, render: (_, r) => (r.existing ? '已在名单中' : '新增') },
      ]}
    />
  );
}

function Rejected({ rows }: { rows: RejectedRow[] }) {
  return (
    <Table<RejectedRow>
      size="small"
      rowKey={(r) => `${r.sheet}:${r.row}`}
      pagination={false}
      dataSource={rows}
      locale={{ emptyText: '没有被拒绝的行' }}
      columns={[
        { title: '位置', key: 'where', width: 150, render: (_, r) => where(r) },
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
  );
}

function classNames(preview: ClassListPreview): (id: string) => string {
  const names = new Map((preview.pickCandidates.get('session') ?? []).map((c) => [c.id, c.name]));
  return (id) => names.get(id) ?? '';
}

export function ClassImportPreview({ session }: { session: ClassImportSession }) {
  const { message } = App.useApp();
  const downloadErrors = useErrorWorkbookDownload();
  const [error, setError] = useState<string[] | null>(null);
  // Rows were rejected: importing the rest is the user's explicit choice, for this preview only.
  const [skipFor, setSkipFor] = useState<ClassListPreview | null>(null);
  const preview = session.preview;
  if (!preview) return null;
  const { classes, trainees } = preview;
  const rejected = [...classes.rejected, ...trainees.rejected];
  const skip = skipFor === preview;

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
      <Space size={40} style={{ marginBottom: 16 }} wrap>
        <Statistic title="新增培训班" value={classes.creates.length} />
        <Statistic title="更新培训班" value={classes.updates.length} />
        <Statistic title="新增学员" value={trainees.creates.length} />
        <Statistic title="更新学员" value={trainees.updates.length} />
        <Statistic title="拒绝" value={rejected.length} styles={{ content: rejected.length ? { color: '#cf1322' } : undefined }} />
      </Space>
      {session.unknownRefs.length > 0 && (
        <Suspense fallback={<Spin />}>
          <UnknownRefs session={session} refs={session.unknownRefs} candidates={preview.pickCandidates} />
        </Suspense>
      )}
      <Checkbox checked={session.updateExisting} onChange={(e) => session.setUpdateExisting(e.target.checked)} style={{ marginBottom: 8 }}>
        已有的培训班和学员，按导入的数据更新（空白单元格不会清除已有内容）
      </Checkbox>
      <Tabs
        defaultActiveKey={rejected.length ? 'rejected' : 'trainees'}
        items={[
          { key: 'classes', label: `培训班（${classes.creates.length + classes.updates.length + classes.unchanged.length}）`, children: <ClassRows rows={[...classes.creates, ...classes.updates, ...classes.unchanged]} /> },
          {
            key: 'trainees',
            label: `学员（${trainees.creates.length + trainees.updates.length + trainees.unchanged.length}）`,
            children: <TraineeRows rows={[...trainees.creates, ...trainees.updates, ...trainees.unchanged]} className={classNames(preview)} />,
          },
          { key: 'rejected', label: `拒绝（${rejected.length}）`, children: <Rejected rows={rejected} /> },
        ]}
      />
      {rejected.length > 0 && (
        <Alert
          style={{ marginTop: 12 }}
          type="warning"
          showIcon
          title={`有 ${rejected.length} 行被拒绝，整个文件暂不导入`}
          description={
            <Space orientation="vertical" size={4}>
              <span>请下载错误行，改正后重新导入；或者确认只导入其余的行，被拒绝的行不写入。</span>
              <Checkbox checked={skip} onChange={(e) => setSkipFor(e.target.checked ? preview : null)}>
                跳过这 {rejected.length} 行被拒绝的行，只导入其余的行
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
        <Button icon={<DownloadOutlined />} disabled={rejected.length === 0} onClick={() => void downloadErrors(rejected, session.sheets, (session.file?.name ?? '培训班名单').replace(/\.[^.]*$/, ''))}>
          下载错误行（标红，可改后重新导入）
        </Button>
        <Space>
          <Button onClick={() => session.setStep('mapping')}>上一步</Button>
          <Button type="primary" disabled={!hasWrites(preview) || (rejectedCount(preview) > 0 && !skip)} onClick={() => void commit()}>
            确认导入（培训班 {classes.creates.length + classes.updates.length}，学员 {trainees.creates.length + trainees.updates.length}）
          </Button>
        </Space>
      </Space>
    </div>
  );
}
