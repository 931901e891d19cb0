// Step 4: what was written, with 撤销 at hand.
import { useNavigate } from 'react-router';
import { Button, Result } from 'antd';
import type { ImportSession } from '../session/use-import-session';
import { useUndoBatch } from './use-undo-batch';

export function DoneStep({ session }: { session: ImportSession }) {
  const navigate = useNavigate();
  const undo = useUndoBatch();
  const batches = session.batches ?? [];
  const added = batches.reduce((n, b) => n + b.counts.added, 0);
  const updated = batches.reduce((n, b) => n + b.counts.updated, 0);
  const rejected = batches.reduce((n, b) => n + b.counts.rejected, 0);
  return (
    <Result
      status="success"
      title="导入完成"
      subTitle={`新增 ${added} 条，更新 ${updated} 条${rejected ? `，${rejected} 行未导入（见错误行）` : ''}。如有错误，可整批撤销。`}
      extra={[
        session.target.listRoute && (
          <Button key="list" type="primary" onClick={() => navigate(session.target.listRoute!)}>
            查看{session.target.label}列表
          </Button>
        ),
        <Button key="history" onClick={() => navigate('/import/history')}>
          查看导入记录
        </Button>,
        <Button key="again" onClick={session.restart}>
          继续导入
        </Button>,
        <Button key="undo" danger onClick={() => undo(batches, session.restart)}>
          撤销本次导入
        </Button>,
      ]}
    />
  );
}
