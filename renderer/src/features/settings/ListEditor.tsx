// An ordered list the office edits in place: each row its fields, with 上移 / 下移 / 删除, a
// row added at the end, and one 保存 for the whole list (checked by the setting's schema).
import { useEffect, useState, type ReactNode } from 'react';
import { Alert, App, Button, Card, Space, Tooltip, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { errorMessages } from '../../ui/errors';

type Props<T> = {
  title: string;
  note: ReactNode;
  /** The stored list (the editor starts from it, and again after 恢复). */
  stored: readonly T[];
  loaded: boolean;
  defaults: () => T[];
  blank: () => T;
  row: (item: T, change: (next: T) => void, index: number) => ReactNode;
  save: (items: T[]) => Promise<void>;
  testId: string;
  /** Short rows side by side (a long list of single words stays on one screen). */
  columns?: boolean;
};

export function ListEditor<T>({ title, note, stored, loaded, defaults, blank, row, save, testId, columns }: Props<T>) {
  const { message, modal } = App.useApp();
  const [items, setItems] = useState<T[]>([...stored]);
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const storedKey = JSON.stringify(stored);

  useEffect(() => {
    if (loaded) setItems(JSON.parse(storedKey) as T[]);
  }, [loaded, storedKey]);

  const dirty = JSON.stringify(items) !== storedKey;
  const move = (i: number, by: number) =>
    setItems((list) => {
      const next = [...list];
      const [x] = next.splice(i, 1);
      next.splice(i + by, 0, x);
      return next;
    });

  const onSave = async () => {
    setSaving(true);
    try {
      await save(items);
      setErrors([]);
      message.success(`已保存${title}`);
    } catch (e) {
      setErrors(errorMessages(e));
    } finally {
      setSaving(false);
    }
  };

  const restoreDefaults = () =>
    modal.confirm({
      title: `恢复默认的${title}？`,
      content: '只改变这里的列表，保存后生效；已录入的记录不受影响。',
      okText: '恢复默认',
      cancelText: '取消',
      onOk: () => setItems(defaults()),
    });

  return (
    <Card size="small" title={title} data-testid={testId}>
      <Typography.Paragraph type="secondary">{note}</Typography.Paragraph>
      {errors.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errors.join('；')} />}
      <div style={{ display: 'grid', gap: 6, gridTemplateColumns: columns ? 'repeat(auto-fill, minmax(400px, 1fr))' : '1fr' }}>
        {items.map((item, i) => (
          <Space key={i} wrap>
            <span style={{ display: 'inline-block', width: 28, textAlign: 'right', color: '#999' }}>{i + 1}.</span>
            {row(item, (next) => setItems((list) => list.map((x, j) => (j === i ? next : x))), i)}
            <Tooltip title="上移">
              <Button aria-label={`上移第${i + 1}项`} size="small" icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => move(i, -1)} />
            </Tooltip>
            <Tooltip title="下移">
              <Button aria-label={`下移第${i + 1}项`} size="small" icon={<ArrowDownOutlined />} disabled={i === items.length - 1} onClick={() => move(i, 1)} />
            </Tooltip>
            <Tooltip title="删除">
              <Button aria-label={`删除第${i + 1}项`} size="small" danger icon={<DeleteOutlined />} onClick={() => setItems((list) => list.filter((_, j) => j !== i))} />
            </Tooltip>
          </Space>
        ))}
      </div>
      <Space style={{ marginTop: 12 }} wrap>
        <Button icon={<PlusOutlined />} onClick={() => setItems((list) => [...list, blank()])}>
          添加一项
        </Button>
        <Button type="primary" icon={<SaveOutlined />} loading={saving} disabled={!dirty} onClick={() => void onSave()}>
          保存{title}
        </Button>
        <Button icon={<UndoOutlined />} onClick={restoreDefaults}>
          恢复默认
        </Button>
        {dirty && <Typography.Text type="warning">有未保存的修改</Typography.Text>}
      </Space>
    </Card>
  );
}
