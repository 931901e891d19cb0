// The outcome of checking one value typed or imported by a user. Bad input is expected, so
// it is a value, never an exception; `error` is a Chinese sentence shown as is in forms and
// import previews. Structurally the same as the host contract's Result (shared/ipc), so a
// model result can be passed on without conversion.

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: string): Result<T> => ({ ok: false, error });
