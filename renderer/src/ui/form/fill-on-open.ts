import { useCallback, useEffect, useRef } from 'react';
import type { FormInstance } from 'antd';

/**
 * Fills a form when its dialog opens, from values that can come again while it is open: a
 * live query's next answer, the office settings read again, a parent re-rendering with a new
 * record object. The first fill of an opening starts from a clean form; a later one sets only
 * the fields that still hold what was filled last, so nothing the user changed is replaced.
 * (Cleared and filled on every answer, a dialog lost what the user had typed when the store
 * answered late on a busy machine: the 通报's 文号 went back to 「汀委〔2008〕号」 and 导出
 * refused it.) The form's own 'touched' cannot tell: setFieldsValue marks a field touched too.
 *
 * Returns `fill(values)`, which says whether it was the opening's first fill, for what only an
 * opening should do (clear messages).
 */
export function useFillOnOpen<T>(form: FormInstance<T>, open: boolean): (values: Partial<T>) => boolean {
  const filled = useRef<Record<string, unknown> | null>(null);
  useEffect(() => {
    if (!open) filled.current = null;
  }, [open]);
  return useCallback(
    (values: Partial<T>) => {
      const next = values as Record<string, unknown>;
      if (!filled.current) {
        filled.current = next;
        form.resetFields();
        form.setFieldsValue(values as never);
        return true;
      }
      const current = form.getFieldsValue(true) as Record<string, unknown>;
      const last = filled.current;
      const following = Object.fromEntries(Object.entries(next).filter(([name]) => sameValue(current[name], last[name])));
      filled.current = { ...last, ...following };
      form.setFieldsValue(following as never);
      return false;
    },
    [form],
  );
}

/** Equal as the form holds them: texts, numbers, dates (dayjs, as their ISO text), lists and groups of them. */
const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
