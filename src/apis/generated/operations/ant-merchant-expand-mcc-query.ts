// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `ant.merchant.expand.mcc.query` (GET /v3/ant/merchant/mcc/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AntMerchantExpandMccQueryRequest = { mcc_code_list: "B0001,B0002" };
 * ```
 */
export interface AntMerchantExpandMccQueryRequest {
  /** A query parameter (v3). */
  mcc_code_list?: string;
}

/**
 * The result of `ant.merchant.expand.mcc.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AntMerchantExpandMccQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AntMerchantExpandMccQueryResult {
  mcc_info_list?: MccQueryInfo[];
}

/**
 * The error codes of `ant.merchant.expand.mcc.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AntMerchantExpandMccQueryErrorCode = "MER_ARGUMENT_NULL";
 * ```
 */
export type AntMerchantExpandMccQueryErrorCode = "MER_ARGUMENT_NULL" | "SYSTEM_ERROR";

/**
 * `MccQueryInfo`, a model of Alipay's v3 description (in `ant.merchant.expand.mcc.query`).
 *
 * @example
 * ```ts
 * const value: MccQueryInfo = { is_special: true, mcc_level_1: '…' };
 * ```
 */
export interface MccQueryInfo {
  is_special?: boolean;
  mcc_level_1?: string;
  mcc_level_1_name?: string;
  mcc_level_2?: string;
  mcc_level_2_name?: string;
  mcc_requirements?: string;
  special_qual_required?: boolean;
}
const MccQueryInfoShape = (): object => ({ is_special: 2, mcc_level_1: 0, mcc_level_1_name: 0, mcc_level_2: 0, mcc_level_2_name: 0, mcc_requirements: 0, special_qual_required: 2 });

/**
 * `ant.merchant.expand.mcc.query`: GET /v3/ant/merchant/mcc/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { antMerchantExpandMccQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(antMerchantExpandMccQuery, { mcc_code_list: "B0001,B0002" });
 * ```
 */
export const antMerchantExpandMccQuery: ApiDefinition<"ant.merchant.expand.mcc.query", AntMerchantExpandMccQueryRequest, AntMerchantExpandMccQueryResult, AntMerchantExpandMccQueryErrorCode> = /* @__PURE__ */ operation(
  "ant.merchant.expand.mcc.query",
  { verb: 'GET', path: "/v3/ant/merchant/mcc/query", query: ["mcc_code_list"] },
  () => ({ mcc_code_list: 0 }),
  () => ({ mcc_info_list: [MccQueryInfoShape] }),
);
