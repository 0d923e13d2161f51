// The definitions generated from Alipay's v3 description (src/apis/generated/) are made here: a
// route and two shapes in, an ApiDefinition out, its schemas built on first use. The rules that
// turn the description into calls are in this one place: the v2 placement (biz_content, with the
// gateway's top-level parameters lifted out; a multipart upload's fields as parameters), the v3
// route, and which operations are reads.
import type * as v from 'valibot';
import { type ApiDefinition, type HttpVerb, type V3Route, type WireRequest, inBizContent, isRead, v3Route } from './definition.ts';
import { type Shape, schemaOfShape } from './shape.ts';

export type { ApiDefinition } from './definition.ts';
export { V2_TOP_LEVEL } from './definition.ts';

/**
 * A generated definition's v3 route as written: its verb alone when the rest is what `v3Route`
 * derives (path `/v3/` + the method's segments, fields in the JSON body, or for GET and DELETE in
 * the query), else the verb and what differs. Only what differs is written, so that every
 * definition a bundle holds costs less.
 */
export type RouteSpec = HttpVerb | (Partial<V3Route> & { verb: HttpVerb });

/**
 * A generated definition: its schemas are built from the shapes when first read. Its v2 wire is
 * `biz_content` with the top-level fields lifted out, or, for an upload, the `wire` given
 * (`multipartShape` of its file parts: fields as parameters, files as parts).
 *
 * @example
 * ```ts
 * export const alipayTradeQuery = operation('alipay.trade.query', 'POST', () => ({ out_trade_no: 0 }), () => ({ trade_status: 0 }));
 * alipayTradeQuery.v3; // { verb: 'POST', path: '/v3/alipay/trade/query', query: [], body: 'json', files: [], data: false }
 * ```
 */
export function operation<M extends string, Q, R, E extends string>(
  method: M,
  route: RouteSpec,
  request: () => object,
  result: () => object,
  wire: (request: unknown) => WireRequest = inBizContent,
): ApiDefinition<M, Q, R, E> {
  const v3 = typeof route === 'string' ? v3Route(method, route) : v3Route(method, route.verb, route);
  let requestSchema: v.GenericSchema | undefined;
  let responseSchema: v.GenericSchema | undefined;
  return {
    method,
    get request() {
      // Path parameters are the only fields Alipay's description marks as required.
      return (requestSchema ??= schemaOfShape(request() as Shape, 'request', v3.path.match(/[^{}]+(?=\})/g) ?? []));
    },
    get response() {
      return (responseSchema ??= schemaOfShape(result() as Shape, 'result'));
    },
    shape: wire,
    retried: isRead(method, v3.verb),
    v3,
    shapes: { request, result },
  };
}
