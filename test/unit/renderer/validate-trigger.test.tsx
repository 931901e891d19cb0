// A field's message goes while the user corrects it, once a message has been shown — not on the
// blur that pressing the dialog's button causes (which would move the button from under the
// pointer between press and release, and lose the click).
import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Form, Input } from 'antd';
import { useValidateTrigger } from '@renderer/ui/form/validate-trigger';

function DocNumberField() {
  const validation = useValidateTrigger(true);
  return (
    <Form {...validation}>
      <Form.Item name="docNumber" label="文号" rules={[{ validator: async (_, v?: string) => { if (!/〔\d{4}〕\d+号$/.test(v ?? '')) throw new Error('格式不对'); } }]}>
        <Input aria-label="文号" />
      </Form.Item>
    </Form>
  );
}

const field = () => screen.getByLabelText('文号');
const type = (text: string) => act(() => void fireEvent.change(field(), { target: { value: text } }));

describe('useValidateTrigger', () => {
  it('checks on leaving only until a message is shown, then also while typing', async () => {
    render(<DocNumberField />);
    await type('汀委2008年42号');
    // Not yet left: no message while the user is still typing.
    await act(async () => undefined);
    expect(screen.queryByText('格式不对')).toBeNull();
    await act(() => void fireEvent.blur(field()));
    await waitFor(() => expect(screen.getByText('格式不对')).toBeTruthy());
    // Corrected while the field still has the focus: the message goes now, not on leaving.
    await type('汀委〔2008〕42号');
    await waitFor(() => expect(screen.queryByText('格式不对')).toBeNull());
  }, 30_000);
});
