// One commendation round: its status path with the actions that move it, and tabs for the
// list (推荐名单), the publicity notice (公示), the decision (表彰决定) and the certificates.
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Button, Card, Result, Space, Spin, Tabs, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { isCountyRound, roundLabel } from '@shared/model/schemas/commendation';
import { SuperiorRoundNote } from './SuperiorRoundNote';
import { useLookups, useRound } from './data';
import { StatusActions } from './StatusActions';
import { CommendationStatusTag } from './status-tag';
import { NomineesTab } from './NomineesTab';
import { PublicityTab } from './PublicityTab';
import { DecisionTab } from './DecisionTab';
import { CertificatesTab } from './CertificatesTab';

export function RoundPage() {
  const { roundId } = useParams();
  const navigate = useNavigate();
  const { round, nominees } = useRound(roundId);
  const lookups = useLookups();
  const [tab, setTab] = useState('nominees');
  if (round === undefined || nominees === undefined || !lookups) return <Spin />;
  if (round === null) return <Result status="404" title="表彰不存在或已删除" extra={<Button onClick={() => navigate('/commendation')}>返回列表</Button>} />;

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={12}>
      <Card>
        <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
          <Space>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/commendation')}>
              返回
            </Button>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {roundLabel(round)}
            </Typography.Title>
            <CommendationStatusTag status={round.status} />
          </Space>
          <Typography.Text type="secondary">
            {round.level}表彰 · {round.titles.join('、')}
          </Typography.Text>
        </Space>
        <StatusActions round={round} nomineeCount={nominees.length} />
      </Card>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            { key: 'nominees', label: `推荐名单（${nominees.length}）`, children: <NomineesTab round={round} nominees={nominees} lookups={lookups} /> },
            {
              key: 'publicity',
              label: '公示',
              children: isCountyRound(round) ? <PublicityTab round={round} nominees={nominees} lookups={lookups} /> : <SuperiorRoundNote round={round} what="公示" />,
            },
            {
              key: 'decision',
              label: '表彰决定',
              children: isCountyRound(round) ? <DecisionTab round={round} nominees={nominees} lookups={lookups} active={tab === 'decision'} /> : <SuperiorRoundNote round={round} what="表彰决定" />,
            },
            { key: 'certificates', label: '荣誉证书', children: <CertificatesTab round={round} nominees={nominees} lookups={lookups} /> },
          ]}
        />
      </Card>
    </Space>
  );
}
