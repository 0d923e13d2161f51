// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type JointAccountQuotaRespDTO, JointAccountQuotaRespDTOShape } from '../models/JointAccountQuotaRespDTO.ts';

/**
 * The request of `alipay.fund.jointaccount.quota.query` (GET /v3/alipay/fund/jointaccount/quota/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayFundJointaccountQuotaQueryRequest = { product_code: "ENTERPRISE_PAY", biz_scene: "DEFAULT" };
 * ```
 */
export interface AlipayFundJointaccountQuotaQueryRequest {
  /** A query parameter (v3). */
  product_code?: string;
  /** A query parameter (v3). */
  biz_scene?: string;
  /** A query parameter (v3). */
  account_id?: string;
  /** A query parameter (v3). */
  member_id?: string;
  /** A query parameter (v3). */
  member_open_id?: string;
  /** A query parameter (v3). */
  operate_role?: string;
  /** A query parameter (v3). */
  agreement_no?: string;
}

/**
 * The result of `alipay.fund.jointaccount.quota.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayFundJointaccountQuotaQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayFundJointaccountQuotaQueryResult {
  account_id?: string;
  account_quota?: JointAccountQuotaRespDTO[];
  biz_scene?: string;
  member_id?: string;
  member_open_id?: string;
  product_code?: string;
}

/**
 * The error codes of `alipay.fund.jointaccount.quota.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayFundJointaccountQuotaQueryErrorCode = "PRODUCT_NOT_SIGN";
 * ```
 */
export type AlipayFundJointaccountQuotaQueryErrorCode = "PRODUCT_NOT_SIGN" | "AGREEMENT_NOT_EXIST" | "AGREEMENT_STATUS_IS_NOT_NORMAL" | "AGREEMENT_IS_OUT_OF_DATE" | "AGREEMENT_IS_INVALID" | "ILLEGAL_ARGUMENT" | "SYSTEM_ERROR";

/**
 * `alipay.fund.jointaccount.quota.query`: GET /v3/alipay/fund/jointaccount/quota/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayFundJointaccountQuotaQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayFundJointaccountQuotaQuery, { product_code: "ENTERPRISE_PAY", biz_scene: "DEFAULT" });
 * ```
 */
export const alipayFundJointaccountQuotaQuery: ApiDefinition<"alipay.fund.jointaccount.quota.query", AlipayFundJointaccountQuotaQueryRequest, AlipayFundJointaccountQuotaQueryResult, AlipayFundJointaccountQuotaQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.fund.jointaccount.quota.query",
  { verb: 'GET', query: ["product_code", "biz_scene", "account_id", "member_id", "member_open_id", "operate_role", "agreement_no"] },
  () => ({ product_code: 0, biz_scene: 0, account_id: 0, member_id: 0, member_open_id: 0, operate_role: 0, agreement_no: 0 }),
  () => ({ account_id: 0, account_quota: [JointAccountQuotaRespDTOShape], biz_scene: 0, member_id: 0, member_open_id: 0, product_code: 0 }),
);
