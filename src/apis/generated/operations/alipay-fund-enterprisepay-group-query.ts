// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.fund.enterprisepay.group.query` (GET /v3/alipay/fund/enterprisepay/group/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayFundEnterprisepayGroupQueryRequest = { product_code: "ENTERPRISE_PAY", biz_scene: "ANT_GROUP" };
 * ```
 */
export interface AlipayFundEnterprisepayGroupQueryRequest {
  /** A query parameter (v3). */
  product_code?: string;
  /** A query parameter (v3). */
  biz_scene?: string;
  /** A query parameter (v3). */
  account_id?: string;
  /** A query parameter (v3). */
  agreement_no?: string;
  /** A query parameter (v3). */
  out_biz_no?: string;
}

/**
 * The result of `alipay.fund.enterprisepay.group.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayFundEnterprisepayGroupQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayFundEnterprisepayGroupQueryResult {
  account_id?: string;
  fund_group_id?: string;
  fund_identity?: string;
  group_name?: string;
  out_group_id?: string;
}

/**
 * The error codes of `alipay.fund.enterprisepay.group.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayFundEnterprisepayGroupQueryErrorCode = "AGREEMENT_NOT_EXIST";
 * ```
 */
export type AlipayFundEnterprisepayGroupQueryErrorCode = "AGREEMENT_NOT_EXIST" | "AGREEMENT_IS_INVALID" | "AGREEMENT_STATUS_IS_NOT_NORMAL" | "AGREEMENT_IS_OUT_OF_DATE" | "HORIZONTAL_AUTHORITY_EXCEPTION" | "FUND_GROUP_NOT_EXIST" | "SYSTEM_ERROR" | "JOINT_ACCOUNT_NOT_EXIST" | "BIZ_SCENE_NOT_ADMIT";

/**
 * `alipay.fund.enterprisepay.group.query`: GET /v3/alipay/fund/enterprisepay/group/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayFundEnterprisepayGroupQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayFundEnterprisepayGroupQuery, { product_code: "ENTERPRISE_PAY", biz_scene: "ANT_GROUP" });
 * ```
 */
export const alipayFundEnterprisepayGroupQuery: ApiDefinition<"alipay.fund.enterprisepay.group.query", AlipayFundEnterprisepayGroupQueryRequest, AlipayFundEnterprisepayGroupQueryResult, AlipayFundEnterprisepayGroupQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.fund.enterprisepay.group.query",
  { verb: 'GET', query: ["product_code", "biz_scene", "account_id", "agreement_no", "out_biz_no"] },
  () => ({ product_code: 0, biz_scene: 0, account_id: 0, agreement_no: 0, out_biz_no: 0 }),
  () => ({ account_id: 0, fund_group_id: 0, fund_identity: 0, group_name: 0, out_group_id: 0 }),
);
