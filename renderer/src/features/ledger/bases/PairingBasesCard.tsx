// A pairing's 产业基地 on its archive page, with 登记产业基地 once the pairing is approved.
import { Button, Card } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Pairing } from '@shared/model/types';
import { BasesTable } from './BasesTable';
import { useBaseActions, useBaseNames, useBases } from './use-bases';

export function PairingBasesCard({ pairing }: { pairing: Pairing }) {
  const bases = useBases(pairing.id);
  const names = useBaseNames();
  const actions = useBaseActions();
  return (
    <Card
      size="small"
      title={`产业基地（${bases?.length ?? 0} 个）`}
      aria-label="产业基地"
      style={{ marginBottom: 16 }}
      extra={
        pairing.approvedDate && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => actions.add(pairing.id)}>
            登记产业基地
          </Button>
        )
      }
    >
      <BasesTable
        compact
        bases={bases}
        pairingName={names.pairing}
        townshipName={names.township}
        emptyText={pairing.approvedDate ? '暂无产业基地' : '联建批准后才能登记产业基地'}
        onEdit={actions.edit}
        onDelete={actions.remove}
      />
      {actions.dialogs}
    </Card>
  );
}
