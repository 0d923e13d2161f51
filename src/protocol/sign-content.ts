// The canonical string that requests and notifications are signed over.
import { AlipayError } from '../errors.ts';
import { fieldsOf, isInstance, kind, readOnce, snapshotRecord } from '../guard.ts';

/**
 * A parameter value as it may be given; `undefined`, `null` and `''` are left out.
 *
 * @example
 * ```ts
 * const value: ParamValue = 'utf-8';
 * ```
 */
export type ParamValue = string | number | boolean | null | undefined;

/**
 * Parameters as a record, a `URLSearchParams`, or `[key, value]` pairs.
 *
 * @example
 * ```ts
 * buildSignContent(new URLSearchParams('b=2&a=1')); // 'a=1&b=2'
 * ```
 */
export type ParamsInput = Record<string, ParamValue> | URLSearchParams | Iterable<readonly [string, ParamValue]>;

/**
 * Options of {@link buildSignContent}.
 *
 * @example
 * ```ts
 * buildSignContent(notification, { exclude: ['sign_type'] }); // notify rule v1
 * ```
 */
export interface SignContentOptions {
  /** Keys left out besides `sign` (notifications' rule v1 also leaves out `sign_type`). */
  exclude?: readonly string[];
}

function unreadable(cause: unknown): AlipayError {
  return new AlipayError('ERR_REQUEST_INVALID', 'params cannot be read (a getter, proxy or iterator threw).', { cause });
}

/**
 * The parameters as pairs, each read once: a URLSearchParams through the platform's own entries,
 * pairs as iterated (each key and value read once), a record by its own keys, listed once.
 */
function entriesOf(params: ParamsInput): Array<readonly [unknown, unknown]> {
  if (typeof params !== 'object' || params === null) {
    throw new AlipayError('ERR_REQUEST_INVALID', `params must be a record, a URLSearchParams or [key, value] pairs, got ${kind(params)}.`);
  }
  if (isInstance(params, URLSearchParams)) return [...URLSearchParams.prototype.entries.call(params)];
  const iterator = readOnce(params, Symbol.iterator as unknown as string, 'params');
  if (typeof iterator !== 'function') return Object.entries(snapshotRecord(params, 'params'));
  const pairs: Array<readonly [unknown, unknown]> = [];
  try {
    for (const entry of { [Symbol.iterator]: () => iterator.call(params) } as Iterable<unknown>) {
      if (!Array.isArray(entry)) throw new AlipayError('ERR_REQUEST_INVALID', `params must hold [key, value] pairs with string keys, got ${kind(entry)}.`);
      pairs.push([entry[0], entry[1]]);
    }
  } catch (err) {
    throw err instanceof AlipayError ? err : unreadable(err);
  }
  return pairs;
}

/**
 * Builds the sign content: every parameter except `sign` (and `exclude`), without those whose
 * value is `undefined`, `null` or `''` (the gateway drops empty params, so signing `k=` fails),
 * sorted by UTF-16 code unit, joined as `key=value` with `&`, values raw (not URL-encoded).
 *
 * @throws AlipayError `ERR_REQUEST_INVALID` for an object value (serialise it yourself, exactly as
 * it is sent) or a key given twice.
 * @example
 * ```ts
 * buildSignContent({ method: 'alipay.marketing.card.query', app_id: '2014072300007148', sign: 'x', empty: '' });
 * // 'app_id=2014072300007148&method=alipay.marketing.card.query'
 * ```
 */
export function buildSignContent(params: ParamsInput, options?: SignContentOptions): string {
  const { exclude = [] } = fieldsOf(options, ['exclude'], 'options');
  if (kind(exclude) !== 'an array') throw new AlipayError('ERR_REQUEST_INVALID', `options.exclude must be an array of keys, got ${kind(exclude)}.`);
  let excluded: Set<unknown>;
  try {
    excluded = new Set(['sign', ...exclude]);
  } catch (cause) {
    throw new AlipayError('ERR_REQUEST_INVALID', 'options.exclude cannot be read.', { cause });
  }
  const values = new Map<string, string>();
  for (const [key, value] of entriesOf(params)) {
    if (typeof key !== 'string') throw new AlipayError('ERR_REQUEST_INVALID', `params must hold [key, value] pairs with string keys, got a key that is ${kind(key)}.`);
    if (key === '' || excluded.has(key) || value === undefined || value === null || value === '') continue;
    if (typeof value === 'object' || typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') {
      throw new AlipayError('ERR_REQUEST_INVALID', `Parameter "${key}" must be a string, number or boolean to be signed; serialise it first.`, { path: key });
    }
    if (values.has(key)) throw new AlipayError('ERR_REQUEST_INVALID', `Parameter "${key}" is given twice; it cannot be signed unambiguously.`, { path: key });
    values.set(key, String(value));
  }
  // Array.prototype.sort compares UTF-16 code units, like Java's String.compareTo on the gateway.
  const keys = [...values.keys()].sort();
  let content = '';
  for (const key of keys) content += `${content ? '&' : ''}${key}=${values.get(key)}`;
  return content;
}
