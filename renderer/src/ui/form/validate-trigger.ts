import { useCallback, useEffect, useState } from 'react';
import type { FormProps } from 'antd';

type OnFieldsChange = NonNullable<FormProps['onFieldsChange']>;

/**
 * When a form checks its fields: as the user leaves a field, and — once a message has been
 * shown — also as they type, so a corrected field's message goes while they correct it. Checked
 * on leaving only, the message would go on the blur that pressing 保存/批准 causes: in a modal the
 * footer then moves up between the button's press and its release, and the click is lost (the
 * press and the release land on different elements; the dialog just stays open).
 *
 * Spread the result on the Form. Each opening (`open` turning true) starts again on leaving only.
 */
export function useValidateTrigger(open: boolean): { validateTrigger: string | string[]; onFieldsChange: OnFieldsChange } {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (open) setShown(false);
  }, [open]);
  const onFieldsChange = useCallback<OnFieldsChange>((changed) => {
    if (changed.some((f) => f.errors?.length)) setShown(true);
  }, []);
  return { validateTrigger: shown ? ['onBlur', 'onChange'] : 'onBlur', onFieldsChange };
}
