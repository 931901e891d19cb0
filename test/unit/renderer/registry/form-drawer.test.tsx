import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App, ConfigProvider } from 'antd';
import { FormDrawer } from '@renderer/ui/form/FormDrawer';

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

function renderDrawer(dirty: boolean) {
  const onSave = vi.fn();
  const onClose = vi.fn();
  render(
    <ConfigProvider button={{ autoInsertSpace: false }}>
      <App>
        <FormDrawer open title="新建村" saving={false} errors={['河田镇已有村「红星村」']} isDirty={() => dirty} onSave={onSave} onClose={onClose}>
        <input aria-label="村名" />
        <input aria-label="户数" />
        </FormDrawer>
      </App>
    </ConfigProvider>,
  );
  return { onSave, onClose };
}

describe('FormDrawer', () => {
  it('shows the store’s refusal, saves on Ctrl+S and moves to the next field on Enter', async () => {
    const { onSave } = renderDrawer(false);
    expect(await screen.findByText('河田镇已有村「红星村」')).toBeTruthy();
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    expect(onSave).toHaveBeenCalledTimes(1);
    screen.getByLabelText('村名').focus();
    fireEvent.keyDown(screen.getByLabelText('村名'), { key: 'Enter' });
    expect(document.activeElement).toBe(screen.getByLabelText('户数'));
  }, 30_000);

  it('closes at once when nothing changed', async () => {
    const clean = renderDrawer(false);
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(clean.onClose).toHaveBeenCalledTimes(1);
  }, 30_000);

  it('asks 放弃未保存的修改？ before closing a changed form', async () => {
    const dirty = renderDrawer(true);
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect((await screen.findAllByText('放弃未保存的修改？')).length).toBeGreaterThan(0);
    expect(dirty.onClose).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: '放弃修改' }));
    await waitFor(() => expect(dirty.onClose).toHaveBeenCalledTimes(1));
  }, 30_000);
});
