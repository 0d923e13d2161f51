// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ExtCardInfo, ExtCardInfoShape } from '../models/ExtCardInfo.ts';

/**
 * The request of `alipay.fund.accountbook.query` (GET /v3/alipay/fund/accountbook/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayFundAccountbookQueryRequest = { account_book_id: "2088001409188095", merchant_user_id: "243893499" };
 * ```
 */
export interface AlipayFundAccountbookQueryRequest {
  /** A query parameter (v3). */
  account_book_id?: string;
  /** A query parameter (v3). */
  merchant_user_id?: string;
  /** A query parameter (v3). */
  scene_code?: string;
  /** A query parameter (v3). */
  ext_info?: string;
}

/**
 * The result of `alipay.fund.accountbook.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayFundAccountbookQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayFundAccountbookQueryResult {
  account_book_id?: string;
  auth_info?: AuthInfoDTO;
  available_amount?: string;
  ext_card_info?: ExtCardInfo;
}

/**
 * The error codes of `alipay.fund.accountbook.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayFundAccountbookQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayFundAccountbookQueryErrorCode = "INVALID_PARAMETER" | "TRUSTEESHIP_ACCOUNT_NOT_EXIST" | "USER_AGREEMENT_VERIFY_FAIL" | "AUTHOREE_IS_NOT_MATCH" | "MERCHANT_AGREEMENT_VERIFY_FAIL" | "NO_PERMISSION_ACCOUNT" | "MERCHANT_PRODUCT_NOT_SIGN" | "ACCOUNTBOOK_QUERY_NOT_SAME_USER" | "TRUSTEESHIP_PARENT_ACCOUNT_NOT_EXIST" | "AUTH_CODE_ERROR" | "SYSTEM_ERROR" | "NO_ACCOUNTBOOK_PERMISSION" | "AUTH_USERID_IS_NOT_MATCH";

/**
 * `AuthInfoDTO`, a model of Alipay's v3 description (in `alipay.fund.accountbook.query`).
 *
 * @example
 * ```ts
 * const value: AuthInfoDTO = { agreement_no: '…', alipay_logon_id: '…' };
 * ```
 */
export interface AuthInfoDTO {
  agreement_no?: string;
  alipay_logon_id?: string;
}
const AuthInfoDTOShape = (): object => ({ agreement_no: 0, alipay_logon_id: 0 });

/**
 * `alipay.fund.accountbook.query`: GET /v3/alipay/fund/accountbook/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayFundAccountbookQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayFundAccountbookQuery, { account_book_id: "2088001409188095", merchant_user_id: "243893499" });
 * ```
 */
export const alipayFundAccountbookQuery: ApiDefinition<"alipay.fund.accountbook.query", AlipayFundAccountbookQueryRequest, AlipayFundAccountbookQueryResult, AlipayFundAccountbookQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.fund.accountbook.query",
  { verb: 'GET', query: ["account_book_id", "merchant_user_id", "scene_code", "ext_info"] },
  () => ({ account_book_id: 0, merchant_user_id: 0, scene_code: 0, ext_info: 0 }),
  () => ({ account_book_id: 0, auth_info: AuthInfoDTOShape, available_amount: 0, ext_card_info: ExtCardInfoShape }),
);
