// One returned file in the import: what it was recognized as, the township and year it
// reports, the mapping for an own layout, and the preview — rows ready, every problem with
// its file/sheet/row/column, pairings not reported — with the error workbook and 导入.
import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Collapse, List, Select, Space, Tag, Typography } from 'antd';
import { host } from '../../../host';
import { formatIssue } from '@shared/io/issues';
import { TownshipSelect } from '../../../ui/records/pickers';
import type { TallyData } from '../data';
import { MappingTable } from './MappingTable';
import { tallySheets } from './plan';
import { canCommit, type FileEntry, type TallyImport } from './use-tally-import';
import { describeMappingSource, FileWarnings, FillNotes } from '../../import';

const SHOWN_ISSUES = 50;

export function FileCard({ entry, session, data }: { entry: FileEntry; session: TallyImport; data: TallyData }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const plan = entry.plan;
  const parse = plan?.parse;
  const committed = entry.status === 'committed';

  const downloadErrors = async () => {
    if (!parse?.rejected.length) return;
    const { buildErrorWorkbook } = await import('@shared/io/error-workbook');
    const bytes = await buildErrorWorkbook([{ name: `${entry.name.replace(/\.[^.]*$/, '')}-${parse.sheet}`, layout: parse.layout, rows: parse.rejected }]);
    const r = await host.saveFile({ title: '保存错误行', defaultName: `${entry.name.replace(/\.[^.]*$/, '')}-错误行.xlsx`, bytes: bytes as Uint8Array<ArrayBuffer>, filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }] });
    if (r.ok) message.success(`已保存错误行：${r.value.location}`);
    else if (!r.cancelled) message.error(`保存失败：${r.error}`);
  };

  const commit = async () => {
    setBusy(true);
    try {
      await session.commit(entry);
      message.success(`已导入「${entry.name}」`);
    } catch (e) {
      message.error(`导入失败：${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  const kind = plan?.meta ? <Tag color="green">本系统模板</Tag> : plan ? <Tag color="blue">自定格式</Tag> : null;
  const title = (
    <Space>
      <span>{entry.name}</span>
      {kind}
      {plan?.scope && (
        <Tag>
          {plan.scope.name} · {plan.year}年
        </Tag>
      )}
    </Space>
  );

  return (
    <Card size="small" title={title} style={{ marginBottom: 12 }} extra={!committed && <Button size="small" type="link" onClick={() => session.remove(entry.id)}>移除</Button>} data-testid={`tally-file-${entry.name}`}>
      {entry.status === 'reading' && <Typography.Text type="secondary">正在读取…</Typography.Text>}
      {entry.status === 'error' && <Alert type="error" showIcon title={entry.error} />}
      {plan && !plan.meta && !plan.error && !committed && (
        <Space orientation="vertical" style={{ width: '100%', marginBottom: 8 }}>
          <Space wrap>
            <span>报送单位</span>
            <TownshipSelect aria-label="报送乡镇" style={{ width: 200 }} value={plan.scope?.id} onChange={(v) => {
              const t = data.townships.find((x) => x.id === v);
              session.updatePlan(entry.id, { scope: t ? { kind: 'township', id: t.id, name: t.name } : undefined });
            }} />
            <span>工作表</span>
            <Select
              aria-label="工作表"
              style={{ width: 160 }}
              value={plan.sheetName}
              options={tallySheets(plan.workbook).map((s) => ({ value: s.name, label: s.name }))}
              onChange={(name) => {
                const found = tallySheets(plan.workbook).find((s) => s.name === name);
                if (found) session.updatePlan(entry.id, { sheetName: name, layout: found.layout, mapping: new Map(found.layout.columns.map((c) => [c.index, c.field])), mappingSource: { kind: 'auto' } });
              }}
            />
            <Checkbox checked={plan.blankMeansZero} onChange={(e) => session.updatePlan(entry.id, { blankMeansZero: e.target.checked })}>
              空白按0计
            </Checkbox>
          </Space>
          {!plan.scope && <Alert type="warning" showIcon title="请选择这份统计表是哪个乡镇（开发区）报送的" />}
          {plan.mappingSource && (
            <Typography.Text type="secondary" data-testid="mapping-source">
              列对应：{describeMappingSource(plan.mappingSource)}
            </Typography.Text>
          )}
          <Collapse size="small" items={[{ key: 'm', label: '列的对应关系（可修改）', children: <MappingTable plan={plan} onChange={(mapping) => session.changeMapping(entry.id, mapping)} /> }]} />
        </Space>
      )}
      {parse && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <Typography.Text>可导入 {parse.rows.length} 个联建点</Typography.Text>
            {parse.rejected.length > 0 && <Typography.Text type="danger">{parse.rejected.length} 行被拒绝</Typography.Text>}
            {parse.missing.length > 0 && <Typography.Text type="warning">未填报 {parse.missing.length} 个联建点：{parse.missing.map((m) => m.code).join('、')}</Typography.Text>}
            {parse.blankCells > 0 && (
              <Typography.Text type="secondary">
                {parse.blankCells} 个空白格{parse.blankMeansZero ? (plan?.meta ? '按0计（模板填表说明：空白按0计）' : '按0计') : '按“未填报”处理（确认为0的请勾选“空白按0计”）'}
              </Typography.Text>
            )}
          </Space>
          <FillNotes sheets={[{ where: plan?.workbook.format === 'csv' ? entry.name : `工作表 ${parse.sheet}`, fills: parse.filled }]} />
          <FileWarnings warnings={plan?.workbook.warnings ?? []} />
          {parse.issues.length > 0 && (
            <List
              size="small"
              bordered
              dataSource={parse.issues.slice(0, SHOWN_ISSUES)}
              renderItem={(issue) => (
                <List.Item>
                  <Typography.Text type="danger">{formatIssue(issue)}</Typography.Text>
                </List.Item>
              )}
              footer={parse.issues.length > SHOWN_ISSUES ? `共 ${parse.issues.length} 个问题，下载错误行查看全部` : undefined}
            />
          )}
          {parse.rejected.length > 0 && !committed && (
            <Alert
              type="warning"
              showIcon
              title={`有 ${parse.rejected.length} 行被拒绝，整个文件暂不导入`}
              description={
                <Space orientation="vertical" size={4}>
                  <span>请下载错误行，交报送单位改正后重新导入；或者确认只导入其余的行，被拒绝的行不写入。</span>
                  <Checkbox checked={entry.skipConfirmedFor === parse} onChange={(e) => session.confirmSkip(entry.id, e.target.checked ? parse : undefined)}>
                    跳过这 {parse.rejected.length} 行被拒绝的行，只导入其余的行
                  </Checkbox>
                </Space>
              }
            />
          )}
          <Space>
            {parse.rejected.length > 0 && <Button onClick={() => void downloadErrors()}>下载错误行</Button>}
            {committed ? (
              <Typography.Text type="success">已导入{entry.replaced ? '（已替换该单位此前导入的年终统计）' : ''}</Typography.Text>
            ) : (
              <Button type="primary" loading={busy} disabled={!canCommit(entry)} onClick={() => void commit()}>
                导入此文件
              </Button>
            )}
          </Space>
        </Space>
      )}
    </Card>
  );
}
