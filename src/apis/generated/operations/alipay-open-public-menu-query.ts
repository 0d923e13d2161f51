// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.public.menu.query` (GET /v3/alipay/open/public/menu/query: no fields).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicMenuQueryRequest = {};
 * ```
 */
export type AlipayOpenPublicMenuQueryRequest = Record<string, never>;

/**
 * The result of `alipay.open.public.menu.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicMenuQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenPublicMenuQueryResult {
  menu_content?: string;
}

/**
 * The error codes of `alipay.open.public.menu.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicMenuQueryErrorCode = "MENU_NOT_SET";
 * ```
 */
export type AlipayOpenPublicMenuQueryErrorCode = "MENU_NOT_SET" | "MENU_NOT_EXIST" | "SYSTEM_ERROR";

/**
 * `alipay.open.public.menu.query`: GET /v3/alipay/open/public/menu/query over v3 (no fields); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicMenuQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicMenuQuery, {});
 * ```
 */
export const alipayOpenPublicMenuQuery: ApiDefinition<"alipay.open.public.menu.query", AlipayOpenPublicMenuQueryRequest, AlipayOpenPublicMenuQueryResult, AlipayOpenPublicMenuQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.menu.query",
  'GET',
  () => ({}),
  () => ({ menu_content: 0 }),
);
