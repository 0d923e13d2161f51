// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.merchant.indirect.smidbind.query` (GET /v3/alipay/merchant/indirect/smidbind/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayMerchantIndirectSmidbindQueryRequest = { sub_merchant_id: "2088000000000001" };
 * ```
 */
export interface AlipayMerchantIndirectSmidbindQueryRequest {
  /** A query parameter (v3). */
  sub_merchant_id?: string;
}

/**
 * The result of `alipay.merchant.indirect.smidbind.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMerchantIndirectSmidbindQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMerchantIndirectSmidbindQueryResult {
  check_result?: string;
}

/**
 * The error codes of `alipay.merchant.indirect.smidbind.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMerchantIndirectSmidbindQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayMerchantIndirectSmidbindQueryErrorCode = "SYSTEM_ERROR" | "ILLEGAL_PARAMETER" | "ILLEAGL_PARAMETER";

/**
 * `alipay.merchant.indirect.smidbind.query`: GET /v3/alipay/merchant/indirect/smidbind/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMerchantIndirectSmidbindQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMerchantIndirectSmidbindQuery, { sub_merchant_id: "2088000000000001" });
 * ```
 */
export const alipayMerchantIndirectSmidbindQuery: ApiDefinition<"alipay.merchant.indirect.smidbind.query", AlipayMerchantIndirectSmidbindQueryRequest, AlipayMerchantIndirectSmidbindQueryResult, AlipayMerchantIndirectSmidbindQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.merchant.indirect.smidbind.query",
  { verb: 'GET', query: ["sub_merchant_id"] },
  () => ({ sub_merchant_id: 0 }),
  () => ({ check_result: 0 }),
);
