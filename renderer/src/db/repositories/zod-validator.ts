import type { z } from 'zod';
import { ValidationError } from './entity-repository';

/** Turns a zod schema into a repository validator that throws Chinese messages. */
export function zodValidator<S extends z.ZodTypeAny, T>(schema: S): (draft: T) => T {
  return (draft) => {
    const parsed = schema.safeParse(draft);
    if (!parsed.success) throw new ValidationError(parsed.error.issues.map((i) => i.message));
    // Fields the schema does not know (e.g. importBatchId) are kept.
    return { ...draft, ...(parsed.data as object) } as T;
  };
}
