// The matching aid beside the application form (双向选择): the best partners for the side
// already chosen, each with its reasons, and a 「选择」 that fills in the other side.
import { useMemo } from 'react';
import { Button, Empty, List, Segmented, Space, Tag, Typography } from 'antd';
import type { Enterprise, Pairing, Village } from '@shared/model/types';
import { rankEnterprises, rankVillages, type Match } from '@shared/model/matching';

type Props = {
  mode: 'villages' | 'enterprises';
  onModeChange: (mode: 'villages' | 'enterprises') => void;
  enterprise?: Enterprise;
  village?: Village;
  enterprises: readonly Enterprise[];
  villages: readonly Village[];
  pairings: readonly Pairing[];
  townshipName: (id: string) => string;
  onPickVillage: (id: string) => void;
  onPickEnterprise: (id: string) => void;
};

const SHOWN = 8;

function MatchList<T extends { id: string; name: string }>({ matches, chosenId, label, onPick }: { matches: Match<T>[]; chosenId?: string; label: (t: T) => string; onPick: (id: string) => void }) {
  if (matches.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有可推荐的对象" />;
  return (
    <List
      size="small"
      dataSource={matches.slice(0, SHOWN)}
      renderItem={(m) => (
        <List.Item
          aria-label={`推荐：${m.item.name}`}
          actions={[
            m.item.id === chosenId ? (
              <Tag key="chosen" color="green">
                已选
              </Tag>
            ) : (
              <Button key="pick" size="small" type="link" onClick={() => onPick(m.item.id)}>
                选择
              </Button>
            ),
          ]}
        >
          <List.Item.Meta
            title={
              <Space>
                <span>{label(m.item)}</span>
                <Tag color={m.score >= 60 ? 'red' : m.score >= 30 ? 'orange' : 'default'}>{m.score}分</Tag>
              </Space>
            }
            description={m.reasons.map((r) => r.label).join('；') || '无明显匹配条件'}
          />
        </List.Item>
      )}
    />
  );
}

export function MatchingPanel(props: Props) {
  const { mode, enterprise, village, enterprises, villages, pairings, townshipName } = props;
  const names = useMemo(() => ({ townshipName }), [townshipName]);
  const villageMatches = useMemo(() => (enterprise ? rankVillages(enterprise, villages, pairings, names) : []), [enterprise, villages, pairings, names]);
  const enterpriseMatches = useMemo(() => (village ? rankEnterprises(village, enterprises, pairings, names) : []), [village, enterprises, pairings, names]);
  return (
    <div aria-label="匹配推荐">
      <Space style={{ marginBottom: 8, justifyContent: 'space-between', width: '100%' }}>
        <Typography.Text strong>匹配推荐</Typography.Text>
        <Segmented
          size="small"
          value={mode}
          onChange={(v) => props.onModeChange(v as Props['mode'])}
          options={[
            { value: 'villages', label: '为企业推荐村' },
            { value: 'enterprises', label: '为村推荐企业' },
          ]}
        />
      </Space>
      {mode === 'villages' ? (
        enterprise ? (
          <MatchList matches={villageMatches} chosenId={village?.id} label={(v) => `${townshipName(v.townshipId)} · ${v.name}`} onPick={props.onPickVillage} />
        ) : (
          <Typography.Paragraph type="secondary">先选择企业，这里按同乡镇、产业相符、富余劳动力和是否已联建列出合适的村。</Typography.Paragraph>
        )
      ) : village ? (
        <MatchList matches={enterpriseMatches} chosenId={enterprise?.id} label={(e) => e.name} onPick={props.onPickEnterprise} />
      ) : (
        <Typography.Paragraph type="secondary">先选择村，这里按同乡镇、产业相符、用工规模和是否已联建列出合适的企业。</Typography.Paragraph>
      )}
    </div>
  );
}
