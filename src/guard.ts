// Argument checks for the exported functions. Plain-JavaScript callers can pass anything; a
// wrong type becomes an AlipayError naming the argument, never a TypeError from deep inside.
// `kind()` describes a value without converting it (no toString or valueOf is ever called).
// Arguments are read once: an object's fields are copied (each getter or proxy trap runs once, and
// one that throws becomes an AlipayError), then the copy is checked and used, so a value cannot
// change between the check and its use.
import { AlipayError, type AlipayErrorCode } from './errors.ts';

/** `Array.isArray`, which throws for a revoked proxy: that is no array. */
function isArray(value: unknown): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** An object that is no array (and no revoked proxy): what a record argument must be. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !isArray(value);
}

/** What a value is, for messages: never calls the value's own conversion methods. */
export function kind(value: unknown): string {
  if (value === null) return 'null';
  if (isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'object' ? 'an object' : type === 'undefined' ? 'undefined' : `a ${type}`;
}

/**
 * `value instanceof type`, false where the check itself throws (a proxy whose prototype trap
 * throws): a look-alike is not an instance.
 */
export function isInstance<T>(value: unknown, type: abstract new (...args: never[]) => T): value is T {
  if (typeof type !== 'function') return false;
  try {
    return value instanceof type;
  } catch {
    return false;
  }
}

function unreadable(name: string, code: AlipayErrorCode, cause: unknown): AlipayError {
  return new AlipayError(code, `${name} cannot be read (a getter or proxy threw).`, { cause, ...(code === 'ERR_REQUEST_INVALID' && { path: name }) });
}

/** `value[key]`, read once; a getter or proxy trap that throws becomes an AlipayError naming `name`. */
export function readOnce(value: object, key: string, name: string, code: AlipayErrorCode = 'ERR_REQUEST_INVALID'): unknown {
  try {
    return (value as Record<string, unknown>)[key];
  } catch (cause) {
    throw unreadable(name, code, cause);
  }
}

/**
 * The named fields of an options-like argument, each read once (inherited ones too, as a WebIDL
 * dictionary is read), into a plain copy to check and use. `undefined` is `{}`; anything but an
 * object is refused. Fields that read as `undefined` are left out.
 */
export function fieldsOf<T extends object, K extends keyof T & string>(value: T | undefined, keys: readonly K[], name: string, code: AlipayErrorCode = 'ERR_REQUEST_INVALID'): Partial<Pick<T, K>> {
  if (value === undefined) return {};
  const record = expectRecord(value, name, code);
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) {
    const field = readOnce(record, key, `${name}.${key}`, code);
    if (field !== undefined) out[key] = field as T[K];
  }
  return out;
}

/**
 * A record's own enumerable string keys, listed once, each value read once, into a copy without a
 * prototype (a `__proto__` key stays a key): what a record of parameters is checked and used as.
 */
export function snapshotRecord(value: unknown, name: string, code: AlipayErrorCode = 'ERR_REQUEST_INVALID'): Record<string, unknown> {
  const record = expectRecord(value, name, code);
  let keys: string[];
  try {
    keys = Object.keys(record);
  } catch (cause) {
    throw unreadable(name, code, cause);
  }
  const out: Record<string, unknown> = Object.create(null);
  for (const key of keys) out[key] = readOnce(record, key, `${name}.${key}`, code);
  return out;
}

/**
 * A header of a `Headers` object through the platform's own `get`, once: a subclass that
 * overrides `get` cannot answer something else (a non-string, a different value each time).
 */
export function headerOf(headers: Headers, header: string, name = 'headers'): string | null {
  try {
    return Headers.prototype.get.call(headers, header);
  } catch (cause) {
    throw new AlipayError('ERR_REQUEST_INVALID', `${name} must be a Headers object.`, { cause, path: name });
  }
}

/** A value for messages: a string quoted, a number as it is, anything else by its kind. */
export const shown = (value: unknown): string => (typeof value === 'string' ? JSON.stringify(value) : typeof value === 'number' ? String(value) : kind(value));

/** `value` when it is a string; otherwise an AlipayError with `code` naming `name`. */
export function expectString(value: unknown, name: string, code: AlipayErrorCode = 'ERR_REQUEST_INVALID'): string {
  if (typeof value === 'string') return value;
  throw new AlipayError(code, `${name} must be a string, got ${kind(value)}.`, code === 'ERR_REQUEST_INVALID' ? { path: name } : {});
}

/** `value` when it is a plain object (not null, not an array). */
export function expectRecord(value: unknown, name: string, code: AlipayErrorCode = 'ERR_REQUEST_INVALID'): Record<string, unknown> {
  if (typeof value === 'object' && value !== null && !isArray(value)) return value as Record<string, unknown>;
  throw new AlipayError(code, `${name} must be an object, got ${kind(value)}.`, code === 'ERR_REQUEST_INVALID' ? { path: name } : {});
}

/** An options argument: `undefined` becomes `{}`; anything but an object is refused. */
export function optionsOf<T extends object>(value: T | undefined, name = 'options'): Partial<T> {
  if (value === undefined) return {};
  return expectRecord(value, name) as Partial<T>;
}

/** `value` when it is a CryptoKey. */
export function expectCryptoKey(value: unknown, name: string): CryptoKey {
  if (typeof CryptoKey === 'function' && isInstance(value, CryptoKey)) return value;
  throw new AlipayError('ERR_KEY_INVALID', `${name} must be a CryptoKey (import it with importPrivateKey/importPublicKey), got ${kind(value)}.`);
}

/**
 * A field of an untrusted node as text: strings as they are, numbers and booleans written out;
 * anything else (objects, arrays) is not text and gives `undefined`.
 */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** A short, printable excerpt of an unexpected text for error messages. */
export function excerpt(text: string): string {
  const head = text.slice(0, 60).replace(/\s+/g, ' ');
  return JSON.stringify(text.length > 60 ? `${head}…` : head);
}

/**
 * A record's own enumerable string-keyed entries, read once: each getter runs once, and what it
 * gave is what the caller checks and uses. A record that cannot be read (a throwing getter, a
 * revoked Proxy) is an AlipayError like any other wrong argument.
 */
export function readRecord(value: unknown, name: string, code: AlipayErrorCode = 'ERR_REQUEST_INVALID'): Array<[string, unknown]> {
  let entries: Array<[string, unknown]>;
  try {
    entries = Object.entries(expectRecord(value, name, code));
  } catch (cause) {
    if (cause instanceof AlipayError) throw cause;
    throw new AlipayError(code, `${name} could not be read (a getter or Proxy of it threw).`, { cause, ...(code === 'ERR_REQUEST_INVALID' ? { path: name } : {}) });
  }
  return entries;
}

/** Whether a text has no lone UTF-16 surrogate (one has no UTF-8 or GBK bytes). */
export const wellFormed = (text: string): boolean => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
