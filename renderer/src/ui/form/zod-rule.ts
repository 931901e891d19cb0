import type { Rule } from 'antd/es/form';
import type { z } from 'zod';
import { UnparsedNumber } from '../NumberInput';

/**
 * An antd Form rule from the field's own zod schema, so a form says exactly what the store
 * would refuse, as the user leaves the field (validateTrigger onBlur).
 */
export function zodRule(schema: z.ZodType, toInput: (v: unknown) => unknown = (v) => v): Rule {
  return {
    validator: async (_rule, value) => {
      // A number field's text that did not parse: the parser says why (「应为非负整数，实际为「约50」」).
      if (value instanceof UnparsedNumber) throw new Error(value.error);
      const r = schema.safeParse(toInput(value));
      if (!r.success) throw new Error(r.error.issues[0]?.message ?? '填写有误');
    },
  };
}
