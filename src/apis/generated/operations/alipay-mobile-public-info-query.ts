// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.mobile.public.info.query` (GET /v3/alipay/mobile/public/info/query: no fields).
 *
 * @example
 * ```ts
 * const request: AlipayMobilePublicInfoQueryRequest = {};
 * ```
 */
export type AlipayMobilePublicInfoQueryRequest = Record<string, never>;

/**
 * The result of `alipay.mobile.public.info.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMobilePublicInfoQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMobilePublicInfoQueryResult {
  app_name?: string;
  audit_desc?: string;
  audit_status?: string;
  is_online?: string;
  is_release?: string;
  logo_url?: string;
  public_greeting?: string;
}

/**
 * The error codes of `alipay.mobile.public.info.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMobilePublicInfoQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayMobilePublicInfoQueryErrorCode = "SYSTEM_ERROR";

/**
 * `alipay.mobile.public.info.query`: GET /v3/alipay/mobile/public/info/query over v3 (no fields); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMobilePublicInfoQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMobilePublicInfoQuery, {});
 * ```
 */
export const alipayMobilePublicInfoQuery: ApiDefinition<"alipay.mobile.public.info.query", AlipayMobilePublicInfoQueryRequest, AlipayMobilePublicInfoQueryResult, AlipayMobilePublicInfoQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.mobile.public.info.query",
  'GET',
  () => ({}),
  () => ({ app_name: 0, audit_desc: 0, audit_status: 0, is_online: 0, is_release: 0, logo_url: 0, public_greeting: 0 }),
);
