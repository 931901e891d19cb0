// 设置: the office's own details, the working year and display, and the dictionaries.
import { useSearchParams } from 'react-router';
import { Card, Tabs } from 'antd';
import { OfficeCard } from './OfficeCard';
import { GeneralTab } from './GeneralTab';
import { DictionariesTab } from './DictionariesTab';

export function SettingsPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'office';
  return (
    <Card>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={[
          { key: 'office', label: '单位信息', children: <OfficeCard active={tab === 'office'} /> },
          { key: 'general', label: '年度与显示', children: <GeneralTab /> },
          { key: 'dictionaries', label: '字典', children: <DictionariesTab /> },
        ]}
      />
    </Card>
  );
}
