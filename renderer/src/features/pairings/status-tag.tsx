import { Tag } from 'antd';
import type { PairingStatus } from '@shared/model/enums';

const COLORS: Record<PairingStatus, string> = { 申请: 'processing', 已批准: 'success', 已终止: 'default' };

export function PairingStatusTag({ status }: { status: PairingStatus }) {
  return <Tag color={COLORS[status]}>{status}</Tag>;
}
