// Names no stored record has (or several have): the user decides per name — 新建 it, or
// 对应到 an existing record. Undecided names keep their rows out of the import.
import { Alert, Button, Card, Radio, Select, Space, Table, Typography } from 'antd';
import { normalizeHeader } from '@shared/model/normalize';
import type { RefCandidate } from '../target';
import type { UnknownRef } from '../plan/references';
import type { ImportSession } from '../session/use-import-session';

function candidateOptions(ref: UnknownRef, candidates: readonly RefCandidate[]) {
  const list = ref.ambiguous.length ? ref.ambiguous : candidates;
  // A record listed under several spellings or scopes is offered once.
  const seen = new Set<string>();
  return list
    .map((c) => ({ value: `${c.kind ?? ''}|${c.id}`, label: c.hint ? `${c.name}（${c.hint}）` : c.name }))
    .filter((o) => !seen.has(o.value) && Boolean(seen.add(o.value)));
}

/** Existing names that look like the unknown one (河田 → 河田镇): offered, never applied silently. */
function suggestionsFor(ref: UnknownRef, candidates: readonly RefCandidate[]): RefCandidate[] {
  if (ref.ambiguous.length) return [];
  const name = normalizeHeader(ref.name);
  if (name.length < 2) return [];
  return candidates.filter((c) => {
    const other = normalizeHeader(c.name);
    return other.startsWith(name) || name.startsWith(other);
  }).slice(0, 3);
}

/** `session` is any import session: the wizard's, or a feature's own (the class-list import). */
export function UnknownRefs({ session, refs, candidates }: { session: Pick<ImportSession, 'choices' | 'setChoice'>; refs: UnknownRef[]; candidates: ReadonlyMap<string, readonly RefCandidate[]> }) {
  if (refs.length === 0) return null;
  const creatable = refs.filter((r) => r.spec.create && !r.ambiguous.length);
  const undecided = refs.filter((r) => !session.choices.has(r.key)).length;
  return (
    <Card size="small" title={`未知名称（${refs.length}）`} style={{ marginBottom: 16 }}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Alert
          type={undecided ? 'warning' : 'success'}
          showIcon
          title={undecided ? `以下名称在信息库中没有（或有重名），请逐个选择新建或对应到已有记录；未处理的 ${undecided} 个名称所在的行不会导入。` : '所有未知名称都已处理。'}
        />
        {creatable.length > 1 && (
          <Button size="small" onClick={() => creatable.forEach((r) => session.setChoice(r.key, { action: 'create' }))}>
            全部新建
          </Button>
        )}
        <Table<UnknownRef>
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={refs}
          columns={[
            { title: '类别', key: 'label', width: 120, render: (_, r) => r.spec.label },
            {
              title: '名称',
              key: 'name',
              render: (_, r) => `${r.scope ? `${r.name}（${r.scope}）` : r.name}${r.keyValue ? `　${r.spec.keyLabel?.(r.keyValue) ?? r.keyValue}` : ''}`,
            },
            { title: '涉及行数', dataIndex: 'count', width: 90 },
            {
              title: '处理',
              key: 'choice',
              width: 460,
              render: (_, r) => {
                const choice = session.choices.get(r.key);
                return (
                  <Space>
                    <Radio.Group
                      aria-label={`「${r.name}」的处理方式`}
                      value={choice?.action ?? null}
                      onChange={(e) => session.setChoice(r.key, e.target.value === 'create' ? { action: 'create' } : null)}
                    >
                      {r.spec.create && !r.ambiguous.length && <Radio value="create">新建{r.spec.label}</Radio>}
                      <Radio value="map" disabled>
                        对应到
                      </Radio>
                    </Radio.Group>
                    <Select
                      aria-label={`「${r.name}」对应到`}
                      placeholder={`选择已有${r.spec.label}`}
                      style={{ width: 220 }}
                      showSearch={{ optionFilterProp: 'label' }}
                      allowClear
                      value={choice?.action === 'map' ? `${choice.kind ?? ''}|${choice.id}` : undefined}
                      options={candidateOptions(r, candidates.get(r.spec.field) ?? [])}
                      onChange={(v: string | undefined) => {
                        if (!v) return session.setChoice(r.key, null);
                        const [kind, id] = v.split('|');
                        session.setChoice(r.key, { action: 'map', id, kind: kind || undefined });
                      }}
                    />
                    {!choice &&
                      suggestionsFor(r, candidates.get(r.spec.field) ?? []).map((c) => (
                        <Button key={c.id} type="link" size="small" onClick={() => session.setChoice(r.key, { action: 'map', id: c.id, kind: c.kind })}>
                          可能是「{c.name}」
                        </Button>
                      ))}
                    {r.createError && <Typography.Text type="danger">{r.createError}</Typography.Text>}
                  </Space>
                );
              },
            },
          ]}
        />
      </Space>
    </Card>
  );
}
