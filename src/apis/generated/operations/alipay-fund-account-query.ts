// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ExtCardInfo, ExtCardInfoShape } from '../models/ExtCardInfo.ts';

/**
 * The request of `alipay.fund.account.query` (GET /v3/alipay/fund/account/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayFundAccountQueryRequest = { merchant_user_id: "243893499", alipay_user_id: "2088301409188095" };
 * ```
 */
export interface AlipayFundAccountQueryRequest {
  /** A query parameter (v3). */
  merchant_user_id?: string;
  /** A query parameter (v3). */
  alipay_user_id?: string;
  /** A query parameter (v3). */
  alipay_open_id?: string;
  /** A query parameter (v3). */
  account_product_code?: string;
  /** A query parameter (v3). */
  account_type?: string;
  /** A query parameter (v3). */
  account_scene_code?: string;
  /** A query parameter (v3). */
  ext_info?: string;
}

/**
 * The result of `alipay.fund.account.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayFundAccountQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayFundAccountQueryResult {
  amount_detail?: BalanceAccountDetail;
  available_amount?: string;
  ext_card_info?: ExtCardInfo;
  freeze_amount?: string;
  total_amount?: string;
}

/**
 * The error codes of `alipay.fund.account.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayFundAccountQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayFundAccountQueryErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "NO_PERMISSION_ACCOUNT" | "TRUSTEESHIP_ACCOUNT_NOT_EXIST" | "USER_AGREEMENT_VERIFY_FAIL" | "AUTH_USERID_IS_NOT_MATCH" | "AUTHOREE_IS_NOT_MATCH" | "USER_AGREEMENT_STATUS_ABNORMAL" | "USER_AGREEMENT_IS_OUT_OF_DATE" | "MERCHANT_AGREEMENT_VERIFY_FAIL" | "AUTH_INFO_NOT_EXISTS" | "ALIPAY_ACCOUNT_NOT_EXIST" | "AUTH_CODE_ERROR" | "NO_PERMISSION";

/**
 * `BalanceAccountDetail`, a model of Alipay's v3 description (in `alipay.fund.account.query`).
 *
 * @example
 * ```ts
 * const value: BalanceAccountDetail = { acs: '…', bank: '…' };
 * ```
 */
export interface BalanceAccountDetail {
  acs?: string;
  bank?: string;
}
const BalanceAccountDetailShape = (): object => ({ acs: 0, bank: 0 });

/**
 * `alipay.fund.account.query`: GET /v3/alipay/fund/account/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayFundAccountQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayFundAccountQuery, { merchant_user_id: "243893499", alipay_user_id: "2088301409188095" });
 * ```
 */
export const alipayFundAccountQuery: ApiDefinition<"alipay.fund.account.query", AlipayFundAccountQueryRequest, AlipayFundAccountQueryResult, AlipayFundAccountQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.fund.account.query",
  { verb: 'GET', query: ["merchant_user_id", "alipay_user_id", "alipay_open_id", "account_product_code", "account_type", "account_scene_code", "ext_info"] },
  () => ({ merchant_user_id: 0, alipay_user_id: 0, alipay_open_id: 0, account_product_code: 0, account_type: 0, account_scene_code: 0, ext_info: 0 }),
  () => ({ amount_detail: BalanceAccountDetailShape, available_amount: 0, ext_card_info: ExtCardInfoShape, freeze_amount: 0, total_amount: 0 }),
);
