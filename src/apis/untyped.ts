// A method outside the catalogue (newer than Alipay's v3 description this library was generated
// from) is called explicitly: `untyped('alipay.some.new.method')`, so that a misspelt name of a
// known method does not compile. Over v3 it needs its route, which cannot be guessed from a name.
import { AlipayError } from '../errors.ts';
import { fieldsOf, kind } from '../guard.ts';
import { type HttpVerb, v3Route } from './definition.ts';
import type { V3Route } from './route.ts';

/**
 * A method the catalogue does not know, called untyped: its result is the verified response node
 * (validated by the call's `schema` when given).
 *
 * @example
 * ```ts
 * const node = await alipay.execute(untyped('alipay.some.new.method'), { out_trade_no: '1' });
 * ```
 */
export interface UntypedApi<M extends string = string> {
  readonly method: M;
  readonly untyped: true;
  /** Its OpenAPI v3 route, when one was given. */
  readonly v3?: V3Route;
}

const VERBS: readonly HttpVerb[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/**
 * Names a method outside the catalogue, for `execute`. Over v3, give its verb (and its path when it
 * is not `/v3/` + the name with dots as slashes): GET and DELETE send the fields as query
 * parameters, the others as a JSON body.
 *
 * @throws AlipayError `ERR_REQUEST_INVALID` for a name that is not a method name, or a verb or path that cannot be one.
 * @example
 * ```ts
 * import { AlipayClient, untyped } from 'alipay-edge';
 *
 * const node = await alipay.execute(untyped('alipay.some.new.method'), { out_trade_no: '1' });
 * const viaV3 = await v3Client.execute(untyped('alipay.some.new.query', { verb: 'GET' }), { id: '1' });
 * ```
 */
export function untyped<M extends string>(method: M, v3?: { verb: HttpVerb; path?: string }): UntypedApi<M> {
  if (typeof method !== 'string' || !/^[\w.]+$/.test(method)) throw new AlipayError('ERR_REQUEST_INVALID', `untyped() needs a gateway method name such as 'alipay.some.new.method', got ${kind(method)}.`);
  if (v3 === undefined) return { method, untyped: true };
  // Read once, each field: what is checked is what is used.
  const { verb, path } = fieldsOf(v3, ['verb', 'path'], 'route');
  if (!VERBS.includes(verb as HttpVerb)) throw new AlipayError('ERR_REQUEST_INVALID', `untyped('${method}', { verb }): verb must be one of ${VERBS.join(', ')}.`, { path: 'verb' });
  if (path !== undefined && (typeof path !== 'string' || !path.startsWith('/') || /[?#\s]/.test(path))) {
    throw new AlipayError('ERR_REQUEST_INVALID', `untyped('${method}', { path }): path must be a path such as /v3/alipay/some/new/method (no query or fragment).`, { path: 'path' });
  }
  const route = v3Route(method, verb as HttpVerb);
  return { method, untyped: true, v3: path === undefined ? route : { ...route, path } };
}

/** Whether a value is what `untyped()` returns. */
export function isUntyped(value: unknown): value is UntypedApi {
  try {
    return typeof value === 'object' && value !== null && (value as { untyped?: unknown }).untyped === true && typeof (value as { method?: unknown }).method === 'string';
  } catch {
    return false; // a proxy or getter that throws: not what untyped() returns
  }
}

/** `alipay.trade.query` → `alipayTradeQuery`: a definition's name in alipay-edge/apis (the generator names them so). */
export const camelName = (method: string): string => method.split('.').map((word, i) => (i === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1))).join('');
