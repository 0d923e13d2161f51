// What the client knows about an API: its method name, request and response schemas, how its
// fields travel over v2 and over v3, and whether a repeat is harmless. Everything that differs
// between APIs lives on its definition, hand-written or generated, so the call pipeline has no
// per-API branches.
import type * as v from 'valibot';
import type { FilePart } from './route.ts';
import type { HttpVerb, V3Route } from './route.ts';

export type { HttpVerb, V3Route } from './route.ts';

/**
 * The request of a known method as it goes on the v2 wire: `biz_content` (serialised once), other
 * top-level parameters (signed), and unsigned file parts.
 *
 * @example
 * ```ts
 * const wire: WireRequest = { params: { grant_type: 'authorization_code', code: authCode } };
 * ```
 */
export interface WireRequest {
  bizContent?: unknown;
  params?: Record<string, string>;
  files?: FilePart[];
}

/**
 * A known API: its method name, request schema (checked before signing), response schema (the
 * verified answer is validated against it), how its fields travel (`shape` over v2, `v3` over
 * OpenAPI v3), and whether it is a read (`retried` by default). The type parameters carry its
 * request, result and error-code types for `execute`.
 *
 * @example
 * ```ts
 * import { alipayTradeQuery } from 'alipay-edge/apis';
 *
 * const definition: ApiDefinition = alipayTradeQuery;
 * definition.method; // 'alipay.trade.query'
 * ```
 */
export interface ApiDefinition<M extends string = string, Q = unknown, R = unknown, E extends string = string> {
  readonly method: M;
  readonly request: v.GenericSchema;
  readonly response: v.GenericSchema;
  /** Turns the checked request into what v2 sends: biz_content, top-level parameters, file parts. */
  readonly shape: (request: unknown) => WireRequest;
  /** A read (GET, or a query method): a repeat cannot do anything twice, so it is retried by default. */
  readonly retried: boolean;
  /** Its OpenAPI v3 route and parameter placement. */
  readonly v3: V3Route;
  /**
   * A hand-written definition's generated twin (Alipay's description of the same operation): the
   * fields only the description knows are accepted too, checked against it.
   */
  readonly described?: () => Promise<ApiDefinition>;
  /** A generated definition's field shapes (src/apis/shape.ts), for the mock gateway and tools. */
  readonly shapes?: { readonly request: () => object; readonly result: () => object };
  /** Types only (never set at run time): the request, result and error codes `execute` reads. */
  readonly '~types'?: { readonly request: Q; readonly result: R; readonly errorCode: E };
}

/**
 * The request type of a definition.
 *
 * @example
 * ```ts
 * const biz: RequestOfApi<typeof alipayTradeQuery> = { out_trade_no: '20150320010101001' };
 * ```
 */
export type RequestOfApi<D> = D extends ApiDefinition<string, infer Q, unknown, string> ? Q : never;

/**
 * The result type of a definition.
 *
 * @example
 * ```ts
 * function status(trade: ResultOfApi<typeof alipayTradeQuery>) { return trade.trade_status; }
 * ```
 */
export type ResultOfApi<D> = D extends ApiDefinition<string, unknown, infer R, string> ? R : never;

/**
 * The error codes of a definition (from its error model): `subCode` over v2, `code` over v3.
 *
 * @example
 * ```ts
 * const code: ErrorCodeOfApi<typeof alipayTradeQuery> = 'ACQ.TRADE_NOT_EXIST';
 * ```
 */
export type ErrorCodeOfApi<D> = D extends ApiDefinition<string, unknown, unknown, infer E> ? E : never;

/**
 * The fields the v2 gateway takes as top-level parameters rather than inside `biz_content`:
 * Alipay's v3 request models carry `notify_url` (16 operations), `return_url` (2) and
 * `app_auth_token` (1) in the body, and `auth_token` is a v3 query parameter (16); over v2 each
 * is a common parameter of the same name (the official SDKs' exec and pageExecute).
 */
export const V2_TOP_LEVEL: readonly string[] = ['notify_url', 'return_url', 'auth_token', 'app_auth_token'];

/** The usual v2 placement: the request is `biz_content`, with the gateway's top-level fields lifted out. */
export function inBizContent(request: unknown): WireRequest {
  const params: Record<string, string> = {};
  const biz: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(request as Record<string, unknown>)) {
    if (value === undefined) continue;
    if (V2_TOP_LEVEL.includes(name)) params[name] = typeof value === 'string' ? value : JSON.stringify(value);
    else biz[name] = value;
  }
  return { params, ...(Object.keys(biz).length > 0 && { bizContent: biz }) };
}

/**
 * Whether an API is a read, retried by default: a GET operation, or a method whose last name
 * segment holds `query` (query, batchquery, querystatus…) or is `get`. Writes (create, pay,
 * refund, send…) are not retried unless the call asks.
 */
export const isRead = (method: string, verb: HttpVerb): boolean => {
  const last = method.slice(method.lastIndexOf('.') + 1);
  return verb === 'GET' || last.includes('query') || last === 'get';
};

/** The v3 route of a hand-written API: `/v3/` + its name, its fields in the body or the query. */
export const v3Route = (method: string, verb: HttpVerb, extra: Partial<V3Route> = {}): V3Route => ({
  verb,
  path: `/v3/${method.replaceAll('.', '/')}`,
  query: [],
  body: verb === 'GET' || verb === 'DELETE' ? 'none' : 'json',
  files: [],
  data: false,
  ...extra,
});

/** Builds a hand-written definition; its request, result and error-code types come from the declared type. */
export function defineApi<M extends string, Q = unknown, R = unknown, E extends string = string>(
  method: M,
  request: v.GenericSchema,
  response: v.GenericSchema,
  options: { shape?: (request: unknown) => WireRequest; v3?: V3Route; described?: () => Promise<ApiDefinition> } = {},
): ApiDefinition<M, Q, R, E> {
  const v3 = options.v3 ?? v3Route(method, 'POST');
  return { method, request, response, shape: options.shape ?? inBizContent, retried: isRead(method, v3.verb), v3, ...(options.described && { described: options.described }) };
}

/**
 * The verified response node of a method the library does not type.
 *
 * @example
 * ```ts
 * const node: ResponseNode = await alipay.execute(untyped('alipay.some.new.method'), { out_trade_no: '1' });
 * node.trade_status;
 * ```
 */
export interface ResponseNode {
  code?: string;
  msg?: string;
  [field: string]: unknown;
}
