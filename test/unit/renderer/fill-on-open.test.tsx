// A dialog's form is filled when it opens; when the values come again while it is open (the
// store answering late, the settings read again), what the user typed stays and only the
// untouched fields follow. A new opening starts from the values again.
import { describe, expect, it } from 'vitest';
import { useEffect } from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { Form, Input } from 'antd';
import { useFillOnOpen } from '@renderer/ui/form/fill-on-open';

type Values = { docNumber?: string; printingOrg?: string };

function NoticeForm({ open, values }: { open: boolean; values: Values }) {
  const [form] = Form.useForm<Values>();
  const fill = useFillOnOpen(form, open);
  useEffect(() => {
    if (open) fill(values);
  }, [open, values, fill]);
  return (
    <Form form={form}>
      <Form.Item name="docNumber" label="文号">
        <Input aria-label="文号" />
      </Form.Item>
      <Form.Item name="printingOrg" label="印发机关">
        <Input aria-label="印发机关" />
      </Form.Item>
    </Form>
  );
}

const value = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value;

describe('useFillOnOpen', () => {
  it('keeps what the user typed when the values come again, and starts afresh on the next opening', async () => {
    const { rerender } = render(<NoticeForm open values={{ docNumber: '汀委〔2008〕号', printingOrg: '' }} />);
    expect(value('文号')).toBe('汀委〔2008〕号');
    await act(() => void fireEvent.change(screen.getByLabelText('文号'), { target: { value: '汀委〔2008〕25号' } }));

    // The office settings answer again: a new object, with the 印发机关 now known.
    rerender(<NoticeForm open values={{ docNumber: '汀委〔2008〕号', printingOrg: '中共长汀县委组织部办公室' }} />);
    await act(async () => undefined);
    expect(value('文号')).toBe('汀委〔2008〕25号');
    expect(value('印发机关')).toBe('中共长汀县委组织部办公室');

    // Closed and opened again: the values as they stand, nothing left of the last opening.
    rerender(<NoticeForm open={false} values={{ docNumber: '汀委〔2008〕26号', printingOrg: '县委办' }} />);
    rerender(<NoticeForm open values={{ docNumber: '汀委〔2008〕26号', printingOrg: '县委办' }} />);
    await act(async () => undefined);
    expect(value('文号')).toBe('汀委〔2008〕26号');
    expect(value('印发机关')).toBe('县委办');
  }, 30_000);
});
