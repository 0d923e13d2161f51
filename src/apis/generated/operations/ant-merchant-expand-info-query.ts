// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `ant.merchant.expand.info.query` (GET /v3/ant/merchant/expand/info/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AntMerchantExpandInfoQueryRequest = { merchant_no: "2088123456788765" };
 * ```
 */
export interface AntMerchantExpandInfoQueryRequest {
  /** A query parameter (v3). */
  merchant_no?: string;
}

/**
 * The result of `ant.merchant.expand.info.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AntMerchantExpandInfoQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AntMerchantExpandInfoQueryResult {
  merchant_query_result?: MerchantQueryResult;
}

/**
 * The error codes of `ant.merchant.expand.info.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AntMerchantExpandInfoQueryErrorCode = "PERMISSION_IS_ILLEGAL";
 * ```
 */
export type AntMerchantExpandInfoQueryErrorCode = "PERMISSION_IS_ILLEGAL" | "MER_ARGUMENT_NULL" | "MERCHANT_INPUT_ARGUMENT_ILLEGAL" | "SYSTEM_ERROR";

/**
 * `MerchantQueryResult`, a model of Alipay's v3 description (in `ant.merchant.expand.info.query`).
 *
 * @example
 * ```ts
 * const value: MerchantQueryResult = { alias_name: '…', cert_no: '…' };
 * ```
 */
export interface MerchantQueryResult {
  alias_name?: string;
  cert_no?: string;
  city?: string;
  detail_address?: string;
  distinct?: string;
  mcc_code?: string;
  merchant_type?: string;
  name?: string;
  province?: string;
}
const MerchantQueryResultShape = (): object => ({ alias_name: 0, cert_no: 0, city: 0, detail_address: 0, distinct: 0, mcc_code: 0, merchant_type: 0, name: 0, province: 0 });

/**
 * `ant.merchant.expand.info.query`: GET /v3/ant/merchant/expand/info/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { antMerchantExpandInfoQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(antMerchantExpandInfoQuery, { merchant_no: "2088123456788765" });
 * ```
 */
export const antMerchantExpandInfoQuery: ApiDefinition<"ant.merchant.expand.info.query", AntMerchantExpandInfoQueryRequest, AntMerchantExpandInfoQueryResult, AntMerchantExpandInfoQueryErrorCode> = /* @__PURE__ */ operation(
  "ant.merchant.expand.info.query",
  { verb: 'GET', query: ["merchant_no"] },
  () => ({ merchant_no: 0 }),
  () => ({ merchant_query_result: MerchantQueryResultShape }),
);
