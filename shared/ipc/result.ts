// The host contract's result (contract.ts), apart from its zod schemas so the renderer's
// startup code can build results without loading zod.

/** Expected failures (a cancelled dialog, a full disk) are values, not exceptions. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string; cancelled?: boolean };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: string, cancelled = false): Result<T> =>
  cancelled ? { ok: false, error, cancelled } : { ok: false, error };
