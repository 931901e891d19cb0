// 导入表彰对象 (/commendation/:roundId/import): the import wizard with the round's own target,
// offered while the round is 推荐 (later additions would skip the publicity).
import { useMemo } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Button, Result, Space, Spin } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { nomineeChangeAllowed, roundLabel } from '@shared/model/schemas/commendation';
import { ImportWizard } from '../../import';
import { useRound } from '../data';
import { honourTarget } from './honour-target';

export function HonoureeImportPage() {
  const { roundId } = useParams();
  const navigate = useNavigate();
  const { round } = useRound(roundId);
  // A new target restarts the wizard; the round record changes only when the round is edited.
  const target = useMemo(() => (round ? honourTarget(round) : undefined), [round]);
  if (round === undefined) return <Spin />;
  if (round === null || !target) return <Result status="404" title="表彰不存在或已删除" />;
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(`/commendation/${round.id}`)}>
      返回「{roundLabel(round)}」
    </Button>
  );
  const allowed = nomineeChangeAllowed(round.status, 'add');
  if (!allowed.ok) return <Result status="warning" title="现在不能导入表彰对象" subTitle={allowed.error} extra={back} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {back}
      <ImportWizard target={target} />
    </Space>
  );
}
