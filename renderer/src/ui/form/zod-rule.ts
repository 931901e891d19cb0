import type { Rule } from 'antd/es/form';
import type { z } from 'zod';

/**
 * An antd Form rule from the field's own zod schema, so a form says exactly what the store
 * would refuse, as the user leaves the field (validateTrigger onBlur).
 */
export function zodRule(schema: z.ZodType, toInput: (v: unknown) => unknown = (v) => v): Rule {
  return {
    validator: async (_rule, value) => {
      const r = schema.safeParse(toInput(value));
      if (!r.success) throw new Error(r.error.issues[0]?.message ?? '填写有误');
    },
  };
}
