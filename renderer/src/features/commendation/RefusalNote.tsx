import { Tooltip, Typography } from 'antd';

/** 「不能推荐」 with the honour rule's reason on hover (a ranked row whose organization has no party organization). */
export function RefusalNote({ text }: { text: string | undefined }) {
  if (!text) return null;
  const short = /尚未建立党组织|没有党组织/.test(text) ? '不能推荐：未建立党组织' : '不能推荐';
  return (
    <Tooltip title={text}>
      <Typography.Text type="danger">{short}</Typography.Text>
    </Tooltip>
  );
}
