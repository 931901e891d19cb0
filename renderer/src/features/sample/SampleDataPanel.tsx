// On the 工作台: the offer to load the sample county into an empty store, and while it is
// loaded, the banner that says so with 「清除示例数据」 (asked once, then 撤销 reloads it).
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Alert, App, Button, Space } from 'antd';
import { getDatabase } from '../../db/app-database';
import { currentSampleBatch, isStoreEmpty, SAMPLE_FILE_NAME } from '../../db/sample-state';

// Loading and clearing (with the repositories they write through) load only when used.
const sampleCode = () => Promise.all([import('../../db'), import('../../db/sample-data')]).then(([db, sample]) => ({ ...db, ...sample }));

export function SampleDataPanel() {
  const { modal, message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const state = useLiveQuery(async () => {
    const db = getDatabase();
    return { empty: await isStoreEmpty(db), batch: await currentSampleBatch(db) };
  }, []);
  if (!state) return null;

  const load = async (evenIfNotEmpty = false) => {
    setBusy(true);
    try {
      const { getStore, loadSampleData } = await sampleCode();
      const { db, ledger } = getStore();
      await loadSampleData(db, ledger, { evenIfNotEmpty });
      message.success('已载入示例数据，工作年度已切换到2008年');
    } catch (e) {
      message.error(`载入示例数据失败：${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  const clear = async () => {
    const db = getDatabase();
    const batch = state.batch!;
    const { clearSampleData, recordsAddedSince } = await sampleCode();
    const kept = await recordsAddedSince(db, batch);
    modal.confirm({
      title: '确定清除示例数据吗？',
      content: `将删除示例数据的全部 ${batch.counts.added} 条记录；载入时改动的工作年度和示例单位信息恢复原样，本单位自己填写的信息保持不变。${kept ? `载入后自行录入的 ${kept} 条记录将保留。` : ''}`,
      okText: '清除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          const removed = await clearSampleData(db, batch.id);
          const key = `sample-${Date.now()}`;
          message.success({
            key,
            duration: 8,
            content: (
              <span>
                已清除示例数据（{removed} 条记录）
                <Button
                  type="link"
                  size="small"
                  onClick={() => {
                    message.destroy(key);
                    void load(true);
                  }}
                >
                  撤销
                </Button>
              </span>
            ),
          });
        } catch (e) {
          message.error(`清除失败：${(e as Error).message}`);
        }
      },
    });
  };

  if (state.batch) {
    return (
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title="当前为示例数据"
        description={`${SAMPLE_FILE_NAME}。各页面显示的乡镇、村、企业、联建和台账均为演示数据，其合计与《开展“村企党组织联建”活动》一文的统计数字一致。录入正式数据前，请先清除示例数据。`}
        action={
          <Button danger onClick={() => void clear()}>
            清除示例数据
          </Button>
        }
      />
    );
  }
  if (!state.empty) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      title="数据库中还没有数据"
      description={
        <Space orientation="vertical">
          <span>可以先载入一个示例县（长汀县2006—2008年的村企联建数据：19个乡镇和开发区、290个村、727家企业、125对联建及其台账），看看各页面和报表的效果；示例数据会明确标注，录入正式数据前可一键清除。</span>
          <span>也可以直接到「信息库」录入或导入本县的乡镇、村和企业。</span>
        </Space>
      }
      action={
        <Button type="primary" loading={busy} onClick={() => void load()}>
          载入示例数据
        </Button>
      }
    />
  );
}
