// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.fund.trans.toaccount.transfer` (POST /v3/alipay/fund/trans/toaccount/transfer: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayFundTransToaccountTransferRequest = { amount: '…', ext_param: '…' };
 * ```
 */
export interface AlipayFundTransToaccountTransferRequest {
  amount?: string;
  ext_param?: string;
  out_biz_no?: string;
  payee_account?: string;
  payee_real_name?: string;
  payee_type?: string;
  payer_real_name?: string;
  payer_show_name?: string;
  remark?: string;
}

/**
 * The result of `alipay.fund.trans.toaccount.transfer`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayFundTransToaccountTransferResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayFundTransToaccountTransferResult {
  order_id?: string;
  out_biz_no?: string;
  pay_date?: string;
}

/**
 * The error codes of `alipay.fund.trans.toaccount.transfer` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayFundTransToaccountTransferErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayFundTransToaccountTransferErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "EXCEED_LIMIT_SM_AMOUNT" | "EXCEED_LIMIT_DM_AMOUNT" | "PERMIT_CHECK_PERM_LIMITED" | "PAYCARD_UNABLE_PAYMENT" | "PAYEE_NOT_EXIST" | "PAYER_DATA_INCOMPLETE" | "PERM_AML_NOT_REALNAME_REV" | "PAYER_STATUS_ERROR" | "PAYEE_USER_INFO_ERROR" | "PAYER_USER_INFO_ERROR" | "PAYER_BALANCE_NOT_ENOUGH" | "PAYMENT_INFO_INCONSISTENCY" | "CERT_MISS_TRANS_LIMIT" | "CERT_MISS_ACC_LIMIT" | "PAYEE_ACC_OCUPIED" | "MEMO_REQUIRED_IN_TRANSFER_ERROR" | "PERMIT_NON_BANK_LIMIT_PAYEE" | "PERMIT_PAYER_LOWEST_FORBIDDEN" | "PERMIT_PAYER_FORBIDDEN" | "PERMIT_CHECK_PERM_IDENTITY_THEFT" | "REMARK_HAS_SENSITIVE_WORD" | "ACCOUNT_NOT_EXIST" | "PAYER_CERT_EXPIRED" | "EXCEED_LIMIT_PERSONAL_SM_AMOUNT" | "EXCEED_LIMIT_ENT_SM_AMOUNT" | "EXCEED_LIMIT_SM_MIN_AMOUNT" | "EXCEED_LIMIT_DM_MAX_AMOUNT" | "EXCEED_LIMIT_UNRN_DM_AMOUNT" | "PAYER_PAYEE_CANNOT_SAME" | "SYNC_SECURITY_CHECK_FAILED" | "MAX_VISIT_LIMIT" | "RELEASE_USER_FORBBIDEN_RECIEVE" | "PAYEE_USER_TYPE_ERROR" | "BLOCK_USER_FORBBIDEN_RECIEVE" | "REQUEST_PROCESSING" | "EXCEED_LIMIT_MM_AMOUNT" | "PERM_RECEIVE_CUSTOMER_ALMS_LIMIT" | "PERM_PAY_CUSTOMER_MONTH_QUOTA_ORG_BALANCE_LIMIT" | "OPENAPI_VERSION_TOO_OLD" | "PERM_PAY_USER_MONTH_QUOTA_ORG_BALANCE_LIMIT" | "PERM_PAY_USER_DAILY_QUOTA_ORG_BALANCE_LIMIT" | "PERM_PAY_CUSTOMER_DAILY_QUOTA_ORG_BALANCE_LIMIT" | "EXCEED_LIMIT_MM_MAX_AMOUNT" | "EXCEED_LIMIT_INTERNAL_SM_AMOUNT";

/**
 * `alipay.fund.trans.toaccount.transfer`: POST /v3/alipay/fund/trans/toaccount/transfer over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayFundTransToaccountTransfer } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayFundTransToaccountTransfer, { amount: '…', ext_param: '…' });
 * ```
 */
export const alipayFundTransToaccountTransfer: ApiDefinition<"alipay.fund.trans.toaccount.transfer", AlipayFundTransToaccountTransferRequest, AlipayFundTransToaccountTransferResult, AlipayFundTransToaccountTransferErrorCode> = /* @__PURE__ */ operation(
  "alipay.fund.trans.toaccount.transfer",
  'POST',
  () => ({ amount: 0, ext_param: 0, out_biz_no: 0, payee_account: 0, payee_real_name: 0, payee_type: 0, payer_real_name: 0, payer_show_name: 0, remark: 0 }),
  () => ({ order_id: 0, out_biz_no: 0, pay_date: 0 }),
);
