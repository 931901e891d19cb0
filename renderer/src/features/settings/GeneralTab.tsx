// 设置 → 年度与显示: the working year (also in the top bar), the larger-text mode, and where
// backups go.
import { Card, Select, Space, Switch, Typography } from 'antd';
import { useSetting } from '../../app/use-setting';
import { BackupLocation } from '../backup';

export function GeneralTab() {
  const [year, setYear] = useSetting('workingYear');
  const [largeText, setLargeText] = useSetting('largeText');
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear - 2000 + 2 }, (_, i) => thisYear + 1 - i);
  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <Card size="small" title="工作年度">
        <Space wrap>
          <Select aria-label="设置工作年度" value={year} style={{ width: 120 }} onChange={(y) => void setYear(y)} options={years.map((y) => ({ value: y, label: `${y}年` }))} />
          <Typography.Text type="secondary">台账、统计表、考评和表彰默认使用这一年度；窗口顶部也可随时切换。</Typography.Text>
        </Space>
      </Card>
      <Card size="small" title="大字模式">
        <Space wrap>
          <Switch aria-label="大字模式" checked={largeText} onChange={(v) => void setLargeText(v)} checkedChildren="开" unCheckedChildren="关" />
          <Typography.Text type="secondary">放大菜单、表格、表单和对话框中的文字与行高，方便年长的同志阅读；打印和导出的文件不受影响。</Typography.Text>
        </Space>
      </Card>
      <Card size="small" title="数据备份">
        <BackupLocation />
      </Card>
    </div>
  );
}
