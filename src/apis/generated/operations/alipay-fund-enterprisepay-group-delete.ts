// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.fund.enterprisepay.group.delete` (DELETE /v3/alipay/fund/enterprisepay/group/delete: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayFundEnterprisepayGroupDeleteRequest = { product_code: "ENTERPRISE_PAY", biz_scene: "ANT_GROUP" };
 * ```
 */
export interface AlipayFundEnterprisepayGroupDeleteRequest {
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
 * The result of `alipay.fund.enterprisepay.group.delete`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayFundEnterprisepayGroupDeleteResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayFundEnterprisepayGroupDeleteResult = Record<string, never>;

/**
 * The error codes of `alipay.fund.enterprisepay.group.delete` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayFundEnterprisepayGroupDeleteErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayFundEnterprisepayGroupDeleteErrorCode = "SYSTEM_ERROR" | "ILLEGAL_ARGUMENT" | "FUND_GROUP_NOT_EXIST" | "USER_AGREEMENT_DELETE_USELESS_FAIL" | "AGREEMENT_NOT_EXIST" | "HORIZONTAL_AUTHORITY_EXCEPTION" | "AGREEMENT_IS_INVALID" | "AGREEMENT_STATUS_IS_NOT_NORMAL" | "AGREEMENT_IS_OUT_OF_DATE" | "BIZ_SCENE_NOT_ADMIT" | "JOINT_ACCOUNT_NOT_EXIST";

/**
 * `alipay.fund.enterprisepay.group.delete`: DELETE /v3/alipay/fund/enterprisepay/group/delete over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayFundEnterprisepayGroupDelete } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayFundEnterprisepayGroupDelete, { product_code: "ENTERPRISE_PAY", biz_scene: "ANT_GROUP" });
 * ```
 */
export const alipayFundEnterprisepayGroupDelete: ApiDefinition<"alipay.fund.enterprisepay.group.delete", AlipayFundEnterprisepayGroupDeleteRequest, AlipayFundEnterprisepayGroupDeleteResult, AlipayFundEnterprisepayGroupDeleteErrorCode> = /* @__PURE__ */ operation(
  "alipay.fund.enterprisepay.group.delete",
  { verb: 'DELETE', query: ["product_code", "biz_scene", "account_id", "agreement_no", "out_biz_no"] },
  () => ({ product_code: 0, biz_scene: 0, account_id: 0, agreement_no: 0, out_biz_no: 0 }),
  () => ({}),
);
