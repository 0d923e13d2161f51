// The canonical string that requests and notifications are signed over.
import { AlipayError } from '../errors.ts';
import { kind, optionsOf } from '../guard.ts';

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

function entriesOf(params: ParamsInput): Iterable<readonly [string, ParamValue]> {
  if (typeof params !== 'object' || params === null) {
    throw new AlipayError('ERR_REQUEST_INVALID', `params must be a record, a URLSearchParams or [key, value] pairs, got ${kind(params)}.`);
  }
  if (params instanceof URLSearchParams) return params.entries();
  if (typeof (params as Iterable<unknown>)[Symbol.iterator] === 'function') return params as Iterable<readonly [string, ParamValue]>;
  return Object.entries(params as Record<string, ParamValue>);
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
  const { exclude = [] } = optionsOf(options);
  if (!Array.isArray(exclude)) throw new AlipayError('ERR_REQUEST_INVALID', `options.exclude must be an array of keys, got ${kind(exclude)}.`);
  const excluded = new Set(['sign', ...exclude]);
  const values = new Map<string, string>();
  for (const entry of entriesOf(params)) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string') {
      throw new AlipayError('ERR_REQUEST_INVALID', `params must hold [key, value] pairs with string keys, got ${kind(entry)}.`);
    }
    const [key, value] = entry as readonly [string, ParamValue];
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
