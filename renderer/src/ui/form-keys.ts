import { useEffect, type KeyboardEvent } from 'react';

const FOCUSABLE = 'input:not([type=hidden]):not([disabled]), textarea:not([disabled]), button[type=submit]';

/**
 * Enter moves to the next field, as in the office forms users know. Textareas keep Enter
 * for new lines; an open select dropdown keeps Enter for choosing.
 */
export function enterToNextField(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Enter' || event.shiftKey || event.ctrlKey || event.altKey || event.nativeEvent.isComposing) return;
  const target = event.target as HTMLElement;
  if (target.tagName !== 'INPUT') return;
  if (target.getAttribute('aria-expanded') === 'true') return;
  const fields = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const next = fields[fields.indexOf(target) + 1];
  if (!next) return;
  event.preventDefault();
  if (next.tagName === 'BUTTON') next.click();
  else next.focus();
}

/** Ctrl+S (⌘S) runs `save` while `active`. */
export function useSaveShortcut(save: () => void, active: boolean): void {
  useEffect(() => {
    if (!active) return undefined;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save, active]);
}
