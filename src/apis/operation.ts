// The definitions generated from Alipay's v3 description (src/apis/generated/) are made here: a
// route and two shapes in, an ApiDefinition out, its schemas built on first use. The rules that
// turn the description into calls are in this one place: the v2 placement (biz_content, with the
// gateway's top-level parameters lifted out; a multipart upload's fields as parameters), the v3
// route, and which operations are reads.
import type * as v from 'valibot';
import { type ApiDefinition, type HttpVerb, type V3Route, type WireRequest, isRead } from './definition.ts';
import { type Shape, schemaOfShape } from './shape.ts';
import { multipartShape, paramText } from './wire.ts';

export type { ApiDefinition } from './definition.ts';

/**
 * The fields the v2 gateway takes as top-level parameters rather than inside `biz_content`:
 * Alipay's v3 request models carry `notify_url` (16 operations), `return_url` (2) and
 * `app_auth_token` (1) in the body, and `auth_token` is a v3 query parameter (16); over v2 each
 * is a common parameter of the same name (the official SDKs' exec and pageExecute).
 */
export const V2_TOP_LEVEL: readonly string[] = ['notify_url', 'return_url', 'auth_token', 'app_auth_token'];

/**
 * A generated operation's route, as the generator writes it.
 *
 * @example
 * ```ts
 * const spec: OperationSpec = { method: 'alipay.trade.query', verb: 'POST', path: '/v3/alipay/trade/query', body: 'json' };
 * ```
 */
export interface OperationSpec {
  method: string;
  verb: HttpVerb;
  path: string;
  query?: readonly string[];
  body?: 'json' | 'multipart';
  files?: readonly string[];
  data?: boolean;
}

/** The v2 wire of a generated operation: `biz_content`, the top-level fields lifted out; an upload's fields as parameters. */
function v2Shape(route: V3Route): (request: unknown) => WireRequest {
  if (route.body === 'multipart') return multipartShape(route.files);
  return (request) => {
    const params: Record<string, string> = {};
    const biz: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(request as Record<string, unknown>)) {
      if (value === undefined) continue;
      if (V2_TOP_LEVEL.includes(name)) params[name] = paramText(value);
      else biz[name] = value;
    }
    return { params, ...(Object.keys(biz).length > 0 && { bizContent: biz }) };
  };
}

/**
 * A generated definition: its schemas are built from the shapes when first read.
 *
 * @example
 * ```ts
 * export const alipayTradeQuery = operation({ method: 'alipay.trade.query', verb: 'POST', path: '/v3/alipay/trade/query', body: 'json' }, () => ({ out_trade_no: 0 }), () => ({ trade_status: 0 }));
 * ```
 */
export function operation<M extends string, Q, R, E extends string>(spec: OperationSpec & { method: M }, request: () => object, result: () => object): ApiDefinition<M, Q, R, E> {
  const v3: V3Route = { verb: spec.verb, path: spec.path, query: spec.query ?? [], body: spec.body ?? 'none', files: spec.files ?? [], data: spec.data ?? false };
  // Path parameters are the only fields Alipay's description marks as required.
  const required = [...spec.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
  let requestSchema: v.GenericSchema | undefined;
  let responseSchema: v.GenericSchema | undefined;
  return {
    method: spec.method,
    get request() {
      return (requestSchema ??= schemaOfShape(request() as Shape, 'request', required));
    },
    get response() {
      return (responseSchema ??= schemaOfShape(result() as Shape, 'result'));
    },
    shape: v2Shape(v3),
    retried: isRead(spec.method, spec.verb),
    v3,
    shapes: { request, result },
  };
}
