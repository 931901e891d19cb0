// NumberInput reads typed text as the importer reads a cell, shows what it will store, and
// never turns text it cannot read into an empty value.
import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Form, type FormInstance } from 'antd';
import { useState } from 'react';
import { enterpriseSchema } from '@shared/model/schemas/enterprise';
import { zodRule } from '@renderer/ui/form/zod-rule';
import { asNumber, NumberInput, UnparsedNumber } from '@renderer/ui/NumberInput';


let form: FormInstance;

function EnterpriseFields() {
  const [f] = Form.useForm();
  form = f;
  return (
    <Form form={f} validateTrigger="onBlur">
      <Form.Item name="employees" label="从业人员（人）" rules={[zodRule(enterpriseSchema.shape.employees)]}>
        <NumberInput integer min={0} unit="人" unitShown={false} aria-label="从业人员" />
      </Form.Item>
      <Form.Item name="outputValue" label="年产值（万元）" rules={[zodRule(enterpriseSchema.shape.outputValue)]}>
        <NumberInput min={0} unit="万元" unitShown={false} aria-label="年产值" />
      </Form.Item>
    </Form>
  );
}

const type = (label: string, text: string) => fireEvent.change(screen.getByLabelText(label), { target: { value: text } });

describe('NumberInput in a form', () => {
  it('「１２０」 is 120: the parsed value is shown while typing, the text becomes 120 on leaving', async () => {
    render(<EnterpriseFields />);
    type('从业人员', '１２０');
    expect(screen.getByTestId('parsed-number').textContent).toContain('＝ 120');
    expect(form.getFieldValue('employees')).toBe(120);
    fireEvent.blur(screen.getByLabelText('从业人员'));
    expect((screen.getByLabelText('从业人员') as HTMLInputElement).value).toBe('120');
    await act(async () => expect(await form.validateFields()).toMatchObject({ employees: 120 }));
  }, 30_000);

  it('takes separators and units as the importer does: 「3,500」, 「5万元」, 「1.2亿元」 in 万元', () => {
    render(<EnterpriseFields />);
    type('从业人员', '3,500');
    expect(form.getFieldValue('employees')).toBe(3500);
    type('年产值', '5万元');
    expect(form.getFieldValue('outputValue')).toBe(5);
    type('年产值', '1.2亿元');
    expect(form.getFieldValue('outputValue')).toBe(12000);
    type('年产值', '');
    expect(form.getFieldValue('outputValue')).toBeUndefined();
  }, 30_000);

  it('text that is no number is refused with the parser’s message, never stored as empty', async () => {
    render(<EnterpriseFields />);
    type('从业人员', '约50');
    const value = form.getFieldValue('employees');
    expect(value).toBeInstanceOf(UnparsedNumber);
    fireEvent.blur(screen.getByLabelText('从业人员'));
    expect((screen.getByLabelText('从业人员') as HTMLInputElement).value).toBe('约50');
    await act(async () => {
      await expect(form.validateFields()).rejects.toMatchObject({ errorFields: [{ name: ['employees'], errors: ['应为非负整数，实际为「约50」'] }] });
    });
    type('从业人员', '-5');
    await act(async () => {
      await expect(form.validateFields(['employees'])).rejects.toMatchObject({ errorFields: [{ errors: ['应为非负整数，实际为「-5」'] }] });
    });
  }, 30_000);

  it('shows a number set by the form (a record loaded for editing)', async () => {
    render(<EnterpriseFields />);
    act(() => form.setFieldsValue({ employees: 86 }));
    await waitFor(() => expect((screen.getByLabelText('从业人员') as HTMLInputElement).value).toBe('86'));
  }, 30_000);
});

function Standalone() {
  const [year, setYear] = useState(2008);
  return (
    <>
      <NumberInput standalone integer min={1990} max={2100} aria-label="年度" value={year} onChange={(v) => typeof v === 'number' && setYear(v)} />
      <output aria-label="当前年度">{year}</output>
    </>
  );
}

describe('NumberInput outside a form', () => {
  it('keeps the last good value and says why the text is refused', async () => {
    render(<Standalone />);
    type('年度', '２００７');
    expect(screen.getByLabelText('当前年度').textContent).toBe('2007');
    type('年度', '二〇〇七年');
    expect(screen.getByLabelText('当前年度').textContent).toBe('2007');
    expect(await screen.findByText('应为整数，实际为「二〇〇七年」')).toBeTruthy();
  }, 30_000);
});

/** As the evaluation forms hold their figures: plain numbers, NaN for text that does not parse. */
function HeldAsNumber() {
  const [weight, setWeight] = useState<number | undefined>(40);
  return (
    <>
      <NumberInput standalone min={0} unit="分" aria-label="权重" value={weight} onChange={(v) => setWeight(asNumber(v))} />
      <output aria-label="当前权重">{String(weight)}</output>
    </>
  );
}

describe('NumberInput over a plain number (asNumber)', () => {
  it('「６０」 is 60; text that does not parse is held as NaN for the rules to refuse, and stays in the field', async () => {
    render(<HeldAsNumber />);
    type('权重', '６０');
    expect(screen.getByLabelText('当前权重').textContent).toBe('60');
    type('权重', '六十');
    expect(screen.getByLabelText('当前权重').textContent).toBe('NaN');
    expect((screen.getByLabelText('权重') as HTMLInputElement).value).toBe('六十');
    expect(await screen.findByText('应为非负数，实际为「六十」')).toBeTruthy();
    type('权重', '');
    expect(screen.getByLabelText('当前权重').textContent).toBe('undefined');
  }, 30_000);
});
