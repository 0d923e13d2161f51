// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.public.label.query` (GET /v3/alipay/open/public/label/query: no fields).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicLabelQueryRequest = {};
 * ```
 */
export type AlipayOpenPublicLabelQueryRequest = Record<string, never>;

/**
 * The result of `alipay.open.public.label.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicLabelQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenPublicLabelQueryResult {
  label_list?: PublicLabel[];
}

/**
 * The error codes of `alipay.open.public.label.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicLabelQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenPublicLabelQueryErrorCode = "SYSTEM_ERROR";

/**
 * `PublicLabel`, a model of Alipay's v3 description (in `alipay.open.public.label.query`).
 *
 * @example
 * ```ts
 * const value: PublicLabel = { count: 1, id: '…' };
 * ```
 */
export interface PublicLabel {
  count?: number;
  id?: string;
  name?: string;
}
const PublicLabelShape = (): object => ({ count: 1, id: 0, name: 0 });

/**
 * `alipay.open.public.label.query`: GET /v3/alipay/open/public/label/query over v3 (no fields); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicLabelQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicLabelQuery, {});
 * ```
 */
export const alipayOpenPublicLabelQuery: ApiDefinition<"alipay.open.public.label.query", AlipayOpenPublicLabelQueryRequest, AlipayOpenPublicLabelQueryResult, AlipayOpenPublicLabelQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.label.query",
  'GET',
  () => ({}),
  () => ({ label_list: [PublicLabelShape] }),
);
