// 推荐名单 of a round: add by hand, from the ledger, from the evaluation or from a spreadsheet;
// edit names and deeds; export the list (.xlsx) and print it.
import { useMemo, useState } from 'react';
import { App, Button, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { BarChartOutlined, ExportOutlined, ImportOutlined, PlusOutlined, PrinterOutlined, TrophyOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { NOMINEE_KINDS } from '@shared/model/enums';
import type { Nominee } from '@shared/model/types';
import { NOMINEE_KIND_LABELS, nomineeChangeAllowed, type CommendationRoundRecord } from '@shared/model/schemas/commendation';
import { nameListBlocks, nameListTitle } from '@shared/reports/commendation/decision';
import { buildNameListXlsx } from '@shared/reports/commendation/name-list-xlsx';
import { getStore } from '../../db';
import { useConfirmDelete } from '../../ui/use-confirm-delete';
import { useReport, fileSafe, honourEntry, type Lookups } from './data';
import { NomineeForm } from './NomineeForm';
import { RankNominateModal } from './RankNominateModal';
import { EvaluationNominateModal } from './EvaluationNominateModal';
import { PrintPreview } from './print/PrintPreview';
import { NameListView, OFFICIAL_PAGE_CSS } from './print/OfficialDocView';
import { saveDocument } from './save-file';

const COLLATOR = new Intl.Collator('zh-CN');

type Props = { round: CommendationRoundRecord; nominees: Nominee[]; lookups: Lookups };
type Dialog = { kind: 'none' } | { kind: 'form'; editing?: Nominee } | { kind: 'rank' } | { kind: 'evaluation' } | { kind: 'print' };

export function NomineesTab({ round, nominees, lookups }: Props) {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const confirmDelete = useConfirmDelete();
  const [dialog, setDialog] = useState<Dialog>({ kind: 'none' });
  const [filter, setFilter] = useState<{ title?: string; kind?: string; keyword: string }>({ keyword: '' });
  const canAdd = nomineeChangeAllowed(round.status, 'add');
  const canEdit = nomineeChangeAllowed(round.status, 'edit');

  const report = useReport(round, nominees, lookups);
  // The documents' order: title, kind, township in county order, name.
  const rows = useMemo(() => {
    const order = new Map(round.titles.map((t, i) => [t, i]));
    const kindOrder = new Map(NOMINEE_KINDS.map((k, i) => [k, i]));
    const keyword = filter.keyword.trim();
    return nominees
      .filter((n) => (!filter.title || n.title === filter.title) && (!filter.kind || n.kind === filter.kind) && (!keyword || n.displayName.includes(keyword)))
      .map((n) => {
        const entry = honourEntry(n, lookups);
        return { ...n, township: entry.township ?? '', townshipOrder: entry.townshipOrder ?? Number.MAX_SAFE_INTEGER };
      })
      .sort(
        (a, b) =>
          (order.get(a.title) ?? 99) - (order.get(b.title) ?? 99) ||
          (kindOrder.get(a.kind) ?? 9) - (kindOrder.get(b.kind) ?? 9) ||
          a.townshipOrder - b.townshipOrder ||
          COLLATOR.compare(a.displayName, b.displayName),
      );
  }, [nominees, filter, round.titles, lookups]);

  const approved = round.status === '批准';
  const shownTitle = approved ? nameListTitle(report) : `${round.year}年度拟表彰对象名单`;

  const exportXlsx = async () => {
    const r = await buildNameListXlsx(report, round.status);
    if (!r.ok) return void message.error(r.error);
    await saveDocument(message, 'xlsx', '导出表彰名单', fileSafe(`${round.year}年度${round.level}表彰名单`), r.value);
  };

  const remove = (n: Nominee) =>
    confirmDelete({
      what: `推荐对象「${n.displayName}」`,
      remove: () => getStore().commendations.removeNominee(n.id),
      undo: () => getStore().commendations.restoreNominee(n.id),
    });

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Space wrap>
          <Select aria-label="称号筛选" allowClear placeholder="荣誉称号" style={{ width: 150 }} value={filter.title} onChange={(title) => setFilter({ ...filter, title })} options={round.titles.map((t) => ({ value: t, label: t }))} />
          <Select aria-label="类别筛选" allowClear placeholder="类别" style={{ width: 120 }} value={filter.kind} onChange={(kind) => setFilter({ ...filter, kind })} options={NOMINEE_KINDS.map((k) => ({ value: k, label: NOMINEE_KIND_LABELS[k] }))} />
          <Input.Search allowClear placeholder="按名称查找" style={{ width: 200 }} onChange={(e) => setFilter({ ...filter, keyword: e.target.value })} />
        </Space>
        <Space wrap>
          <Button type="primary" icon={<PlusOutlined />} disabled={!canAdd.ok} title={canAdd.ok ? undefined : canAdd.error} onClick={() => setDialog({ kind: 'form' })}>
            添加
          </Button>
          <Button icon={<BarChartOutlined />} disabled={!canAdd.ok} onClick={() => setDialog({ kind: 'rank' })}>
            从台账推荐
          </Button>
          <Button icon={<TrophyOutlined />} disabled={!canAdd.ok} onClick={() => setDialog({ kind: 'evaluation' })}>
            从考评推荐
          </Button>
          <Button icon={<ImportOutlined />} disabled={!canAdd.ok} onClick={() => navigate(`/commendation/${round.id}/import`)}>
            导入
          </Button>
          <Button icon={<ExportOutlined />} disabled={nominees.length === 0} onClick={() => void exportXlsx()}>
            导出名单
          </Button>
          <Button icon={<PrinterOutlined />} disabled={nominees.length === 0} onClick={() => setDialog({ kind: 'print' })}>
            打印名单
          </Button>
        </Space>
      </Space>
      <Table
        rowKey="id"
        size="middle"
        dataSource={rows}
        pagination={{ pageSize: 100, hideOnSinglePage: true }}
        locale={{ emptyText: canAdd.ok ? '暂无推荐对象。点击「添加」逐个选择，或「从台账推荐」「从考评推荐」「导入」批量推荐' : '暂无推荐对象' }}
        columns={[
          { title: '序号', key: 'index', width: 60, render: (_, __, i) => i + 1 },
          { title: '荣誉称号', dataIndex: 'title', width: 140 },
          { title: '类别', dataIndex: 'kind', width: 100, render: (k: Nominee['kind']) => NOMINEE_KIND_LABELS[k] },
          { title: '名称', dataIndex: 'displayName', sorter: (a, b) => COLLATOR.compare(a.displayName, b.displayName) },
          { title: '所在乡镇', dataIndex: 'township', width: 140 },
          { title: '事迹简介', dataIndex: 'deed', ellipsis: true },
          { title: '来源', dataIndex: 'source', width: 70, render: (s: string) => <Tag>{s}</Tag> },
          {
            title: '操作',
            key: 'actions',
            width: 120,
            render: (_, n) => (
              <Space size={0}>
                <Button type="link" size="small" disabled={!canEdit.ok} onClick={() => setDialog({ kind: 'form', editing: n })}>
                  编辑
                </Button>
                <Button type="link" size="small" danger disabled={!canEdit.ok} onClick={() => remove(n)}>
                  移除
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {!canAdd.ok && (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
          {canAdd.error}
        </Typography.Text>
      )}
      <NomineeForm
        open={dialog.kind === 'form'}
        round={round}
        lookups={lookups}
        editing={dialog.kind === 'form' ? dialog.editing : undefined}
        onClose={() => setDialog({ kind: 'none' })}
        onSaved={(count) => {
          const editing = dialog.kind === 'form' && dialog.editing;
          setDialog({ kind: 'none' });
          message.success(editing ? '已保存' : `已添加${count}个推荐对象`);
        }}
      />
      {dialog.kind === 'rank' && <RankNominateModal open round={round} lookups={lookups} onClose={() => setDialog({ kind: 'none' })} />}
      {dialog.kind === 'evaluation' && <EvaluationNominateModal open round={round} lookups={lookups} onClose={() => setDialog({ kind: 'none' })} />}
      <PrintPreview
        open={dialog.kind === 'print'}
        title="打印名单"
        fileName={fileSafe(shownTitle)}
        landscape={false}
        pageCss={OFFICIAL_PAGE_CSS}
        onClose={() => setDialog({ kind: 'none' })}
        screen={
          <div className="cq-sheet">
            <NameListView title={shownTitle} blocks={nameListBlocks(report)} />
          </div>
        }
        print={<NameListView title={shownTitle} blocks={nameListBlocks(report)} />}
      />
    </>
  );
}
