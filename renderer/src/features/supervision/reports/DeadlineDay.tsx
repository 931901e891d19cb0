// 截止日: the day of the next month by which a month's report is due, set by the office
// (设置 key reportDeadlineDay, checked by shared/model/settings.ts).
import { useState } from 'react';
import { App, Button, Popover, Space, Typography } from 'antd';
import { asNumber, NumberInput } from '../../../ui/NumberInput';
import { useSetting } from '../../../app/use-setting';
import { errorMessages } from '../../../ui/errors';

export function DeadlineDay() {
  const { message } = App.useApp();
  const [day, setDay] = useSetting('reportDeadlineDay');
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<number | null>(day);
  const save = async () => {
    try {
      await setDay(draft ?? 0);
      message.success(`月报截止日已改为次月${draft}日`);
      setOpen(false);
    } catch (e) {
      message.error(errorMessages(e).join('；'));
    }
  };
  return (
    <Space size={4}>
      <Typography.Text type="secondary" data-testid="deadline-day">
        截止日：次月{day}日
      </Typography.Text>
      <Popover
        open={open}
        onOpenChange={(o) => {
          setOpen(o);
          if (o) setDraft(day);
        }}
        trigger="click"
        title="月报截止日"
        content={
          <Space>
            <span>次月</span>
            <NumberInput standalone aria-label="截止日" integer min={1} max={28} value={draft} onChange={(v) => setDraft(asNumber(v) ?? null)} style={{ width: 70 }} />
            <span>日前报送</span>
            <Button type="primary" size="small" onClick={() => void save()}>
              保存
            </Button>
          </Space>
        }
      >
        <Button type="link" size="small">
          修改
        </Button>
      </Popover>
    </Space>
  );
}
