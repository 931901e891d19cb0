// IndexedDB stores more than JSON can say (Dates, NaN, undefined in arrays, bytes); a backup
// must give back exactly what was stored. Such values are written as a one-key object
// {"$cq": tag, …}; an ordinary object that happens to have a "$cq" key is wrapped too, so
// decoding never mistakes data for a tag. `__proto__`, `constructor` and `prototype` keys are
// dropped on decode (and reported to the caller, which refuses the file): restored records are
// plain objects and nothing in a file may reach a prototype.
const TAG = '$cq';

export class UnsupportedValueError extends Error {}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function encodeValue(value: unknown): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (Number.isFinite(value)) return Object.is(value, -0) ? { [TAG]: 'num', v: '-0' } : value;
      return { [TAG]: 'num', v: String(value) };
    case 'undefined':
      return { [TAG]: 'undef' };
    case 'object':
      break;
    default:
      throw new UnsupportedValueError(`无法备份类型为 ${typeof value} 的值`);
  }
  if (value === null) return null;
  if (Array.isArray(value)) return value.map(encodeValue);
  if (value instanceof Date) return { [TAG]: 'date', v: Number.isNaN(value.getTime()) ? null : value.toISOString() };
  if (value instanceof Uint8Array) return { [TAG]: 'bytes', v: bytesToBase64(value) };
  if (value instanceof ArrayBuffer) return { [TAG]: 'buffer', v: bytesToBase64(new Uint8Array(value)) };
  if (typeof Blob !== 'undefined' && value instanceof Blob) {
    throw new UnsupportedValueError('附件以外的表中不应存放二进制文件');
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    throw new UnsupportedValueError(`无法备份 ${proto?.constructor?.name ?? '未知'} 类型的值`);
  }
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    // undefined properties are dropped, as JSON does and as the records mean.
    if (v !== undefined && key !== '__proto__') out[key] = encodeValue(v);
  }
  return TAG in out ? { [TAG]: 'obj', v: out } : out;
}

/** Keys no stored object may have: they name or shadow an object's prototype. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Told the path ('partyOrg.__proto__') of each forbidden key dropped. */
export type OnForbiddenKey = (path: string) => void;

export function decodeValue(value: unknown, onForbidden?: OnForbiddenKey, path = ''): unknown {
  if (value === null || typeof value !== 'object') return value;
  // Paths are built only on the way into objects: most values are primitives.
  if (Array.isArray(value)) return value.map((v, i) => (v === null || typeof v !== 'object' ? v : decodeValue(v, onForbidden, path ? `${path}.${i}` : String(i))));
  const record = value as Record<string, unknown>;
  if (TAG in record) return decodeTagged(record, onForbidden, path);
  return decodeObject(record, onForbidden, path);
}

function decodeObject(record: Record<string, unknown>, onForbidden: OnForbiddenKey | undefined, path: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record)) {
    const v = record[key];
    if (FORBIDDEN_KEYS.has(key)) {
      onForbidden?.(path ? `${path}.${key}` : key);
      continue;
    }
    out[key] = v === null || typeof v !== 'object' ? v : decodeValue(v, onForbidden, path ? `${path}.${key}` : key);
  }
  return out;
}

function decodeTagged(record: Record<string, unknown>, onForbidden: OnForbiddenKey | undefined, path: string): unknown {
  const v = record.v;
  switch (record[TAG]) {
    case 'undef':
      return undefined;
    case 'num':
      if (v === '-0') return -0;
      if (v === 'NaN') return Number.NaN;
      if (v === 'Infinity') return Number.POSITIVE_INFINITY;
      if (v === '-Infinity') return Number.NEGATIVE_INFINITY;
      break;
    case 'date':
      if (v === null) return new Date(Number.NaN);
      if (typeof v === 'string' && !Number.isNaN(Date.parse(v))) return new Date(v);
      break;
    case 'bytes':
      if (typeof v === 'string') return base64ToBytes(v);
      break;
    case 'buffer':
      if (typeof v === 'string') return base64ToBytes(v).buffer;
      break;
    case 'obj':
      if (v && typeof v === 'object' && !Array.isArray(v)) return decodeObject(v as Record<string, unknown>, onForbidden, path);
      break;
    default:
      break;
  }
  throw new UnsupportedValueError(`无法识别的数据标记：${JSON.stringify(record).slice(0, 80)}`);
}
