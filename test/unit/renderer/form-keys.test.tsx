import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { enterToNextField } from '@renderer/ui/form-keys';

function Form({ onSubmit }: { onSubmit: () => void }) {
  return (
    <div onKeyDown={enterToNextField}>
      <input aria-label="一" />
      <textarea aria-label="二" />
      <input aria-label="三" />
      <button type="submit" onClick={onSubmit}>
        保存
      </button>
    </div>
  );
}

describe('Enter moves to the next field', () => {
  it('moves from an input to the next field, keeps Enter in textareas, and presses the submit button last', () => {
    const submit = vi.fn();
    render(<Form onSubmit={submit} />);
    const one = screen.getByLabelText('一');
    one.focus();
    fireEvent.keyDown(one, { key: 'Enter' });
    expect(document.activeElement).toBe(screen.getByLabelText('二'));
    fireEvent.keyDown(screen.getByLabelText('二'), { key: 'Enter' });
    expect(document.activeElement).toBe(screen.getByLabelText('二'));
    fireEvent.keyDown(screen.getByLabelText('三'), { key: 'Enter' });
    expect(submit).toHaveBeenCalledTimes(1);
  });

  it('ignores Enter while an input method is composing', () => {
    render(<Form onSubmit={() => undefined} />);
    const one = screen.getByLabelText('一');
    one.focus();
    fireEvent.keyDown(one, { key: 'Enter', isComposing: true });
    expect(document.activeElement).toBe(one);
  });
});
