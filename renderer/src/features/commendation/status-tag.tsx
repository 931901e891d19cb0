import { Tag } from 'antd';
import type { CommendationStatus } from '@shared/model/enums';

const COLORS: Record<CommendationStatus, string> = { 推荐: 'blue', 公示: 'orange', 批准: 'green' };

export function CommendationStatusTag({ status }: { status: CommendationStatus }) {
  return <Tag color={COLORS[status]}>{status}</Tag>;
}
