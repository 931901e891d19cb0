// 联建档案: one pairing's archive — both sides with their party organizations, the liaisons,
// the agreement, the history as a timeline, the ledger with totals per type, the monthly
// reports, the inspections with their rectification items, the evaluation scores and the
// honours — with the life-cycle actions and the archive card.
import { Suspense } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Button, Card, Col, Descriptions, Result, Row, Space, Spin, Table, Timeline, Typography } from 'antd';
import { ArrowLeftOutlined, IdcardOutlined, PlusOutlined, TableOutlined } from '@ant-design/icons';
import { LEDGER_TYPES } from '@shared/model/ledger-catalog';
import { formatAreas, formatLeader, formatLiaison } from '@shared/model/pairing-changes';
import { allowedActions } from '@shared/model/pairing-rules';
import { formatDateTable } from '@shared/model/parse-date';
import type { Enterprise, PairingEvent, Village } from '@shared/model/types';
import { describeEvent, type Honour } from '@shared/reports/archive-card';
import { LedgerTable, LedgerTotals, PairingBasesCard, useLedgerActions } from '../ledger';
import { PairingReportsCard, PairingSupervisionCard } from '../supervision';
import { PairingScoreCard } from '../evaluation';
import { townshipNamer, useArchive } from './archive-data';
import { PairingStatusTag } from './status-tag';
import { usePairingDialogs } from './use-pairing-dialogs';
import { LiaisonCard } from './LiaisonCard';

const EVENT_COLORS: Record<PairingEvent['kind'], string> = { 申请: 'blue', 批准: 'green', 变更: 'orange', 终止: 'gray' };
const dash = (v: unknown) => (v === undefined || v === null || v === '' ? '—' : String(v));

function SideCard({ title, name, township, extra, org, liaison }: { title: string; name?: string; township: string; extra: string; org: Enterprise['partyOrg'] | Village['partyOrg'] | undefined; liaison: string }) {
  return (
    <Card size="small" title={title} aria-label={title}>
      <Descriptions column={1} size="small">
        <Descriptions.Item label="名称">{dash(name)}</Descriptions.Item>
        <Descriptions.Item label="所在乡镇">{dash(township)}</Descriptions.Item>
        <Descriptions.Item label="概况">{dash(extra)}</Descriptions.Item>
        <Descriptions.Item label="党组织">
          {dash(org?.name)}
          {org?.type ? `（${org.type}）` : ''}
        </Descriptions.Item>
        <Descriptions.Item label="书记 / 党员">
          {dash(org?.secretary)} / {org?.members === undefined ? '—' : `${org.members} 名`}
        </Descriptions.Item>
        <Descriptions.Item label="联络员">{dash(liaison)}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

export function ArchivePage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const data = useArchive(id);
  const dialogs = usePairingDialogs();
  const ledger = useLedgerActions();
  if (data === undefined) return <Spin />;
  if (data === null) return <Result status="404" title="联建不存在或已删除" extra={<Button onClick={() => navigate('/pairings')}>返回联建档案</Button>} />;
  const { pairing: p, enterprise: e, village: v, events, entries, honours } = data;
  const townshipName = townshipNamer(data.townships);
  const can = allowedActions(p);

  return (
    <Card
      title={
        <Space>
          <span>联建档案：{p.code}</span>
          <PairingStatusTag status={p.status} />
        </Space>
      }
      extra={
        <Space wrap>
          {can.approve && (
            <Button type="primary" onClick={() => dialogs.approve(p)}>
              批准
            </Button>
          )}
          {can.change && <Button onClick={() => dialogs.change(p)}>变更</Button>}
          {can.terminate && (
            <Button danger onClick={() => dialogs.terminate(p)}>
              终止
            </Button>
          )}
          <Button icon={<IdcardOutlined />} onClick={() => navigate(`/pairings/${p.id}/card`)}>
            档案卡
          </Button>
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/pairings')}>
            返回列表
          </Button>
        </Space>
      }
    >
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {dash(e?.name)} — {dash(v?.name)}
      </Typography.Title>
      <Descriptions bordered size="small" column={3} style={{ marginBottom: 16 }} aria-label="基本情况">
        <Descriptions.Item label="联建方式">{p.formation}</Descriptions.Item>
        <Descriptions.Item label="联建内容" span={2}>
          {dash(formatAreas(p.areas))}
        </Descriptions.Item>
        <Descriptions.Item label="申请日期">{p.appliedDate}</Descriptions.Item>
        <Descriptions.Item label="批准日期">{p.approvedDate ?? '尚未批准'}</Descriptions.Item>
        <Descriptions.Item label="终止日期">{p.endedDate ? `${p.endedDate}（${dash(p.endReason)}）` : '—'}</Descriptions.Item>
        <Descriptions.Item label="挂钩乡镇">{townshipName(p.responsibleTownshipId)}</Descriptions.Item>
        <Descriptions.Item label="挂钩领导" span={2}>
          {dash(formatLeader(p.responsibleLeader))}
        </Descriptions.Item>
      </Descriptions>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col span={12}>
          <SideCard
            title="企业方"
            name={e?.name}
            township={townshipName(e?.townshipId)}
            extra={e ? [e.industry, e.employees === undefined ? '' : `职工 ${e.employees} 人`, e.aboveScale ? '规模以上' : ''].filter(Boolean).join('，') : ''}
            org={e?.partyOrg}
            liaison={formatLiaison(p.enterpriseLiaison)}
          />
        </Col>
        <Col span={12}>
          <SideCard
            title="村方"
            name={v?.name}
            township={townshipName(v?.townshipId)}
            extra={v ? [v.industries.join('、'), v.surplusLabour === undefined ? '' : `富余劳动力 ${v.surplusLabour} 人`].filter(Boolean).join('，') : ''}
            org={v?.partyOrg}
            liaison={formatLiaison(p.villageLiaison)}
          />
        </Col>
      </Row>
      <LiaisonCard pairing={p} events={events} canChange={can.change} />
      <Card size="small" title="联建协议" style={{ marginBottom: 16 }}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{p.agreement || '（未录入联建协议）'}</Typography.Paragraph>
      </Card>
      <Card size="small" title="联建历程" style={{ marginBottom: 16 }} aria-label="联建历程">
        <Timeline
          items={events.map((ev) => ({
            key: ev.id,
            color: EVENT_COLORS[ev.kind],
            title: formatDateTable(ev.date),
            content: (
              <span>
                <Typography.Text strong>{ev.kind}</Typography.Text>　{describeEvent(ev, p.formation)}
              </span>
            ),
          }))}
        />
      </Card>
      <Card
        size="small"
        title={`成效台账（${entries.length} 条）`}
        style={{ marginBottom: 16 }}
        extra={
          p.approvedDate && (
            <Space>
              <Button size="small" icon={<PlusOutlined />} onClick={() => ledger.add({ pairingId: p.id })}>
                登记台账
              </Button>
              <Button size="small" icon={<TableOutlined />} onClick={() => ledger.grid({ pairingId: p.id })}>
                快速录入
              </Button>
            </Space>
          )
        }
      >
        <LedgerTotals entries={entries} catalog={LEDGER_TYPES} />
        <div style={{ marginTop: 12 }}>
          <LedgerTable
            entries={entries}
            catalog={LEDGER_TYPES}
            personName={ledger.personName}
            emptyText={p.approvedDate ? '暂无台账记录，点击「登记台账」添加' : '联建批准后才能登记台账'}
            onView={ledger.view}
            onEdit={ledger.edit}
            onDelete={ledger.remove}
          />
        </div>
      </Card>
      <PairingBasesCard pairing={p} />
      <PairingReportsCard pairing={p} />
      <PairingSupervisionCard pairingId={p.id} />
      <Suspense fallback={null}>
        <PairingScoreCard pairingId={p.id} />
      </Suspense>
      <Card size="small" title="所获荣誉">
        <Table<Honour>
          rowKey={(h) => `${h.year}-${h.level}-${h.title}`}
          size="small"
          pagination={false}
          dataSource={honours}
          locale={{ emptyText: '暂无' }}
          columns={[
            { title: '年度', dataIndex: 'year', width: 80 },
            { title: '表彰机关', dataIndex: 'level', width: 100 },
            { title: '荣誉称号', dataIndex: 'title' },
            { title: '状态', dataIndex: 'status', width: 80 },
            { title: '文号', dataIndex: 'docNumber', render: (d?: string) => d ?? '—' },
          ]}
        />
      </Card>
      {dialogs.dialogs}
      {ledger.dialogs}
    </Card>
  );
}
