// 统计模板: for the working year, one tally template per township / 开发区 with pairings (and,
// where chosen, per enterprise party organization), saved all at once — into a folder under
// Electron, as one .zip in the browser edition.
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { App, Button, Card, Space, Switch, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { TallyScope } from '@shared/tally/meta';
import { host } from '../../host';
import { getStore } from '../../db';
import { useSetting } from '../../app/use-setting';
import { EnterpriseSelect } from '../../ui/records/pickers';
import { loadTallyData, scopePairings } from './data';

export function TemplatesPage() {
  const { message } = App.useApp();
  const [year] = useSetting('workingYear');
  const [office] = useSetting('office');
  const data = useLiveQuery(() => loadTallyData(getStore().db), []);
  const [selected, setSelected] = useState<string[] | null>(null);
  const [withEnterprises, setWithEnterprises] = useState(false);
  const [enterpriseIds, setEnterpriseIds] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const rows = useMemo(() => (data ? data.townships.map((t) => ({ township: t, pairings: scopePairings(data, { kind: 'township', id: t.id }, year).length })) : []), [data, year]);
  const chosen = selected ?? rows.filter((r) => r.pairings > 0).map((r) => r.township.id);

  const generate = async () => {
    if (!data) return;
    setBusy(true);
    try {
      // ExcelJS is loaded when templates are written, not with the page.
      const { buildTallyTemplate, templateFileName } = await import('@shared/tally/template');
      const scopes: TallyScope[] = [
        ...data.townships.filter((t) => chosen.includes(t.id)).map((t): TallyScope => ({ kind: 'township', id: t.id, name: t.name })),
        ...(withEnterprises ? data.enterprises.filter((e) => enterpriseIds.includes(e.id)).map((e): TallyScope => ({ kind: 'enterprise', id: e.id, name: e.partyOrg.name || e.name })) : []),
      ];
      const generatedAt = new Date().toISOString();
      const files = await Promise.all(
        scopes.map(async (scope) => ({
          name: templateFileName(year, scope),
          bytes: (await buildTallyTemplate({ year, scope, countyName: office.countyName, unitName: office.unitName, pairings: scopePairings(data, scope, year), generatedAt })) as Uint8Array<ArrayBuffer>,
        })),
      );
      const saved = await host.saveFiles({ title: '选择保存模板的文件夹', zipName: `${year}年村企联建年终统计模板.zip`, files });
      if (saved.ok) message.success(`已生成 ${files.length} 个模板：${saved.value.location}`);
      else if (!saved.cancelled) message.error(`保存失败：${saved.error}`);
    } finally {
      setBusy(false);
    }
  };

  const count = chosen.length + (withEnterprises ? enterpriseIds.length : 0);
  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {year}年年终统计模板
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        每个乡镇（开发区）一个 Excel 模板，已列出其{year}年的全部联建点，联建编号和名称已锁定，只需填写数字；模板中的「填表说明」说明了各栏含义。收回后在「报送情况」中一次导入全部文件。
      </Typography.Paragraph>
      <Table
        rowKey={(r) => r.township.id}
        size="small"
        pagination={false}
        loading={!data}
        dataSource={rows}
        rowSelection={{ selectedRowKeys: chosen, onChange: (keys) => setSelected(keys as string[]), getCheckboxProps: (r) => ({ disabled: r.pairings === 0 }) }}
        locale={{ emptyText: '暂无乡镇，请先在「信息库 · 乡镇」中添加，或在工作台载入示例数据' }}
        columns={[
          { title: '乡镇（开发区）', render: (_, r) => r.township.name },
          { title: `${year}年联建点`, align: 'right', render: (_, r) => (r.pairings ? `${r.pairings} 个` : '无') },
        ]}
      />
      <Space style={{ margin: '16px 0' }} wrap>
        <Switch checked={withEnterprises} onChange={setWithEnterprises} aria-label="同时为企业党组织生成模板" />
        <span>同时为企业党组织生成模板（企业自行填报其全部联建点）</span>
        {withEnterprises && <EnterpriseSelect mode="multiple" style={{ minWidth: 360 }} value={enterpriseIds} onChange={(v) => setEnterpriseIds(Array.isArray(v) ? v : v ? [v] : [])} />}
      </Space>
      <div>
        <Button type="primary" icon={<DownloadOutlined />} loading={busy} disabled={count === 0} onClick={() => void generate()}>
          生成模板（{count} 个）
        </Button>
      </div>
    </Card>
  );
}
