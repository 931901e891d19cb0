import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { getStore } from '@renderer/db';
import { PersonSelect, VillageSelect } from '@renderer/ui/records/pickers';

// jsdom has no ResizeObserver; antd's Select only needs it to exist.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

let hongxing: { id: string };

async function seed() {
  const store = getStore();
  const hetian = await store.townships.create({ name: '河田镇', kind: '镇', order: 1 });
  const cewu = await store.townships.create({ name: '策武镇', kind: '镇', order: 2 });
  const hongxing = await store.villages.create({ townshipId: hetian.id, name: '红星村', industries: [], partyOrg: {} });
  await store.villages.create({ townshipId: cewu.id, name: '东街村', industries: [], partyOrg: {} });
  await store.persons.create({ name: '王明', orgKind: 'village', orgId: hongxing.id });
  await store.persons.create({ name: '李华', orgKind: 'none' });
  return { hongxing };
}

const typeInto = (label: string, text: string) => {
  const input = screen.getByLabelText(label);
  fireEvent.mouseDown(input);
  fireEvent.change(input, { target: { value: text } });
};

describe('registry pickers', () => {
  beforeAll(async () => {
    ({ hongxing } = await seed());
  });

  it('VillageSelect labels 「乡镇 · 村名」, finds by pinyin initials, and gives the id', async () => {
    const onChange = vi.fn();
    render(<VillageSelect aria-label="村" onChange={onChange} virtual={false} />);
    await waitFor(() => expect(screen.getByLabelText('村')).toBeTruthy());
    typeInto('村', 'hxc');
    const option = await screen.findByTitle('河田镇 · 红星村');
    expect(screen.queryByTitle('策武镇 · 东街村')).toBeNull();
    fireEvent.click(option);
    expect(onChange).toHaveBeenCalledWith(hongxing.id, expect.objectContaining({ value: hongxing.id }));
  });

  it('PersonSelect restricted to an organization shows only its persons, with the organization in the label', async () => {
    render(<PersonSelect aria-label="人员" orgId={hongxing.id} virtual={false} />);
    typeInto('人员', '');
    await screen.findByTitle('王明 · 红星村');
    expect(screen.queryByTitle('李华')).toBeNull();
  });
});
