// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.merchant.anchor.info.query` (GET /v3/alipay/merchant/anchor/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayMerchantAnchorInfoQueryRequest = { user_id: "2088000011112222", open_id: "074a1CcTG1LelxKe4xQC0zgNdId0nxi95b5lsNpazWYoCo5" };
 * ```
 */
export interface AlipayMerchantAnchorInfoQueryRequest {
  /** A query parameter (v3). */
  user_id?: string;
  /** A query parameter (v3). */
  open_id?: string;
  /** A query parameter (v3). */
  public_id?: string;
}

/**
 * The result of `alipay.merchant.anchor.info.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMerchantAnchorInfoQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMerchantAnchorInfoQueryResult {
  anchor_id?: string;
}

/**
 * The error codes of `alipay.merchant.anchor.info.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMerchantAnchorInfoQueryErrorCode = "NO_ACCESS_TO_MESSAGE";
 * ```
 */
export type AlipayMerchantAnchorInfoQueryErrorCode = "NO_ACCESS_TO_MESSAGE" | "APPID_NOT_AUTHENTICATION" | "SYSTEM_ERROR" | "INVALID_PARAMETER";

/**
 * `alipay.merchant.anchor.info.query`: GET /v3/alipay/merchant/anchor/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMerchantAnchorInfoQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMerchantAnchorInfoQuery, { user_id: "2088000011112222", open_id: "074a1CcTG1LelxKe4xQC0zgNdId0nxi95b5lsNpazWYoCo5" });
 * ```
 */
export const alipayMerchantAnchorInfoQuery: ApiDefinition<"alipay.merchant.anchor.info.query", AlipayMerchantAnchorInfoQueryRequest, AlipayMerchantAnchorInfoQueryResult, AlipayMerchantAnchorInfoQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.merchant.anchor.info.query",
  { verb: 'GET', path: "/v3/alipay/merchant/anchor/query", query: ["user_id", "open_id", "public_id"] },
  () => ({ user_id: 0, open_id: 0, public_id: 0 }),
  () => ({ anchor_id: 0 }),
);
