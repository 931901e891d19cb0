// 导入 wizard page (/import/:target): 选择文件 → 对应列 → 预览 → 完成.
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { Button, Card, Empty, Space, Spin, Steps, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { loadImportTarget } from '../target-registry';
import type { ImportTarget } from '../target';
import { useImportSession, type Step } from '../session/use-import-session';
import { useTemplateDownload } from './downloads';
import { FileStep } from './FileStep';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { DoneStep } from './DoneStep';

const STEPS: { key: Step; title: string }[] = [
  { key: 'files', title: '选择文件' },
  { key: 'mapping', title: '对应列' },
  { key: 'preview', title: '预览' },
  { key: 'done', title: '完成' },
];

export function ImportPage() {
  const { target: key } = useParams();
  const [target, setTarget] = useState<ImportTarget | null>();
  useEffect(() => {
    let current = true;
    setTarget(undefined);
    void loadImportTarget(key).then((t) => current && setTarget(t ?? null));
    return () => {
      current = false;
    };
  }, [key]);
  if (target === undefined) return <Spin />;
  if (target === null) return <Empty description="没有这种导入" />;
  return <ImportWizard key={target.key} target={target} />;
}

/** The wizard for any target; also used by features whose target depends on a record (e.g. a commendation round). */
export function ImportWizard({ target }: { target: ImportTarget }) {
  const session = useImportSession(target);
  const downloadTemplate = useTemplateDownload(target);
  const current = STEPS.findIndex((s) => s.key === session.step);
  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          导入{target.title}
        </Typography.Title>
        <Button icon={<DownloadOutlined />} onClick={() => void downloadTemplate()}>
          下载导入模板
        </Button>
      </Space>
      <Steps current={current} items={STEPS.map((s) => ({ title: s.title }))} style={{ marginBottom: 24 }} />
      <Spin spinning={session.busy !== null} tip={session.busy ?? undefined}>
        {session.step === 'files' && <FileStep session={session} />}
        {session.step === 'mapping' && <MappingStep session={session} />}
        {session.step === 'preview' && <PreviewStep session={session} />}
        {session.step === 'done' && <DoneStep session={session} />}
      </Spin>
    </Card>
  );
}
