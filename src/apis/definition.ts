// What the client knows about an API: its request and response schemas, how its request fields
// travel, and whether a repeat is harmless. Everything that differs between APIs lives here, on
// each definition, so the call pipeline has no per-API branches.
import type * as v from 'valibot';

/**
 * The request of a known method as it goes on the wire: `biz_content` (serialised once), other
 * top-level parameters (signed), and an unsigned file part.
 *
 * @example
 * ```ts
 * const wire: WireRequest = { params: { grant_type: 'authorization_code', code: authCode } };
 * ```
 */
export interface WireRequest {
  bizContent?: unknown;
  params?: Record<string, string>;
  file?: { field: string; name: string; content: Blob };
}

/**
 * How an API is called over OpenAPI v3: its HTTP method, and whether its fields travel in the
 * query (GET, DELETE) or in a JSON body. The path is the method name's (`/v3/` + dots as `/`).
 *
 * @example
 * ```ts
 * const route: V3Route = { verb: 'GET', inQuery: true };
 * ```
 */
export interface V3Route {
  verb: 'GET' | 'POST' | 'DELETE';
  inQuery: boolean;
}

/** Most v3 APIs: POST with a JSON body. */
export const POST_BODY: V3Route = { verb: 'POST', inQuery: false };
/** Reads whose parameters are query parameters. */
export const GET_QUERY: V3Route = { verb: 'GET', inQuery: true };
/** Deletes: DELETE with query parameters. */
export const DELETE_QUERY: V3Route = { verb: 'DELETE', inQuery: true };

/**
 * A known API: request schema (checked before signing), response schema, how its fields travel
 * (`shape`, and `v3` over OpenAPI v3), and whether it is read-only (`retried` by default).
 *
 * @example
 * ```ts
 * const definition: ApiDefinition = defineApi(RequestSchema, ResponseSchema, { retried: true });
 * ```
 */
export interface ApiDefinition {
  request: v.GenericSchema;
  response: v.GenericSchema;
  /** Turns the checked request into what is sent. */
  shape: (request: unknown) => WireRequest;
  /** Read-only, so a repeat cannot do anything twice: retried unless the call says otherwise. */
  retried: boolean;
  /** Its OpenAPI v3 method and parameter placement. */
  v3: V3Route;
}

/**
 * A definition that keeps its schemas' own types (what `defineApi` returns): `execute`'s request
 * and result types are read from them.
 */
export interface TypedApiDefinition<Q extends v.GenericSchema, R extends v.GenericSchema> extends ApiDefinition {
  request: Q;
  response: R;
}

/** The usual placement: the whole request is `biz_content`. */
export const inBizContent = (request: unknown): WireRequest => ({ bizContent: request });

/** Builds a definition, keeping the schemas' own types. */
export const defineApi = <Q extends v.GenericSchema, R extends v.GenericSchema>(
  request: Q,
  response: R,
  options: { shape?: (request: unknown) => WireRequest; retried?: boolean; v3?: V3Route } = {},
): TypedApiDefinition<Q, R> => ({
  request,
  response,
  shape: options.shape ?? inBizContent,
  retried: options.retried ?? false,
  v3: options.v3 ?? POST_BODY,
});

/**
 * The verified response node of a method the library does not type.
 *
 * @example
 * ```ts
 * const node: ResponseNode = await alipay.execute('alipay.trade.query', { out_trade_no: '1' });
 * node.trade_status;
 * ```
 */
export interface ResponseNode {
  code?: string;
  msg?: string;
  [field: string]: unknown;
}
