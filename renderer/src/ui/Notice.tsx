import type { ReactNode } from 'react';
import { Flex, Typography } from 'antd';
import { CloseCircleFilled, ExclamationCircleFilled, QuestionCircleFilled } from '@ant-design/icons';

const LOOK = {
  error: { Icon: CloseCircleFilled, color: '#ff4d4f' },
  warning: { Icon: ExclamationCircleFilled, color: '#faad14' },
  missing: { Icon: QuestionCircleFilled, color: '#faad14' },
} as const;

/**
 * A notice in the middle of the page. antd's Result is not used for these: importing it brings its
 * three status illustrations (about 30 KB) into the first screen's script, which these views are part of.
 */
export function Notice(props: { kind: keyof typeof LOOK; title: string; subTitle: ReactNode; extra?: ReactNode }) {
  const { Icon, color } = LOOK[props.kind];
  return (
    <Flex vertical align="center" gap={16} style={{ padding: '48px 32px', textAlign: 'center' }} role="alert">
      <Icon style={{ fontSize: 64, color }} />
      <Typography.Title level={3} style={{ margin: 0 }}>
        {props.title}
      </Typography.Title>
      <div style={{ color: 'rgba(0,0,0,0.45)' }}>{props.subTitle}</div>
      {props.extra && <div>{props.extra}</div>}
    </Flex>
  );
}
