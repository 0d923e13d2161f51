// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type Participant, ParticipantShape } from '../models/Participant.ts';

/**
 * The request of `alipay.fund.trans.pay` (POST /v3/alipay/fund/trans/pay: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayFundTransPayRequest = { biz_scene: '…', business_params: '…' };
 * ```
 */
export interface AlipayFundTransPayRequest {
  auth_info?: AuthInfo;
  biz_scene?: string;
  business_params?: string;
  order_title?: string;
  out_biz_no?: string;
  passback_params?: string;
  payee_info?: Participant;
  payer_info?: Participant;
  product_code?: string;
  refund_time_expire?: string;
  remark?: string;
  time_expire?: string;
  trans_amount?: string;
}

/**
 * The result of `alipay.fund.trans.pay`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayFundTransPayResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayFundTransPayResult {
  order_id?: string;
  out_biz_no?: string;
  pay_fund_order_id?: string;
  status?: string;
  trans_pay_time?: string;
}

/**
 * The error codes of `alipay.fund.trans.pay` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayFundTransPayErrorCode = "EXCEED_LIMIT_MM_MAX_AMOUNT";
 * ```
 */
export type AlipayFundTransPayErrorCode = "EXCEED_LIMIT_MM_MAX_AMOUNT" | "PERM_PAY_CUSTOMER_DAILY_QUOTA_ORG_BALANCE_LIMIT" | "PERM_PAY_CUSTOMER_MONTH_QUOTA_ORG_BALANCE_LIMIT" | "PRODUCT_NOT_SIGN" | "NO_PERMISSION_ACCOUNT" | "PAYMENT_TIME_EXPIRE" | "PAYER_USERINFO_NOT_EXSIT" | "PAYER_NOT_RELNAME_CERTIFY" | "PAYER_NOT_EXIST" | "PAYEE_NOT_EXIST" | "PAYER_STATUS_ERROR" | "PAYEE_ACCOUNT_STATUS_ERROR" | "NO_ACCOUNT_RECEIVE_PERMISSION" | "MEMO_REQUIRED_IN_TRANSFER_ERROR" | "SYSTEM_ERROR" | "PERMIT_NON_BANK_LIMIT_PAYEE" | "PAYER_PAYEE_CANNOT_SAME" | "REMARK_HAS_SENSITIVE_WORD" | "PAYEE_ACCOUNT_NOT_EXSIT" | "TRUSTEESHIP_RECIEVE_QUOTA_LIMIT" | "EXCEED_LIMIT_SM_AMOUNT" | "EXCEED_LIMIT_DM_AMOUNT" | "REFUND_TIME_INVALID" | "AUTH_CODE_ERROR" | "PAYMENT_TIME_INVALID" | "INVALID_PARAMETER" | "MONEY_PAY_CLOSED" | "USER_BALANCE_NOT_ENOUGH" | "USER_BANKCARD_BALANCE_NOT_ENOUGH" | "SECURITY_CHECK_FAILED" | "PERMIT_CHECK_FAIL" | "ORDER_PAY_SUCCESS" | "NO_AVAILABLE_PAYMENT_TOOLS" | "PAYMENT_INFO_INCONSISTENCY" | "ORDER_STATUS_INVALID" | "ORDER_PAY_SUCCESS_PAYEE_ERROR" | "USER_BLOCKED" | "ORDER_OTHER_PAY_SUCCESS" | "TRUSTEESHIP_ACCOUNT_NOT_EXIST" | "NO_ACCOUNT_PAYMENT_PERMISSION" | "PAYMENT_FAIL" | "AUTHOREE_IS_NOT_MATCH" | "USER_AGREEMENT_STATUS_ABNORMAL" | "USER_AGREEMENT_IS_OUT_OF_DATE" | "USER_AGREEMENT_VERIFY_FAIL" | "MERCHANT_AGREEMENT_VERIFY_FAIL" | "RESOURCE_LIMIT_EXCEED" | "INVALID_PAYEE_ACCOUNT" | "PAYER_IS_NOT_SAME_PAYEE" | "ILLEGAL_REQUEST_USER_ID" | "FREEZE_AMOUNT_IS_NOT_ENOUGH" | "AGREEMENT_SCENE_VERIFY_FAIL" | "AUTH_USERID_IS_NOT_MATCH" | "RELEASE_USER_FORBBIDEN_RECIEVE" | "AMOUNT_COMPARE_INCONSISTENCY" | "PAYEE_USERINFO_STATUS_ERROR" | "PAYER_BALANCE_NOT_ENOUGH" | "BIZ_UNIQUE_EXCEPTION" | "BLOCK_USER_FORBBIDEN_RECIEVE" | "NO_ACCOUNT_USER_FORBBIDEN_RECIEVE" | "SUB_BIZ_SCENE_ERROR" | "PAYER_NOT_ADMIT_ERROR" | "PAYEE_CARD_INFO_ERROR" | "PERM_AML_NOT_REALNAME_REV" | "EXCEED_LIMIT_MM_AMOUNT" | "CARD_BIN_ERROR" | "INST_PAY_UNABLE" | "PERMIT_CHECK_PERM_IDENTITY_THEFT" | "BALANCE_IS_NOT_ENOUGH" | "INVALID_CARDNO" | "PAYEE_TRUSTEESHIP_ACC_OVER_LIMIT" | "EXCEED_LIMIT_DC_RECEIVED" | "PAYER_PERMLIMIT_CHECK_FAILURE" | "PAYEE_ACC_OCUPIED" | "PERMIT_CHECK_PERM_LIMITED" | "EXCEED_LIMIT_DM_MAX_AMOUNT" | "EXCEED_LIMIT_PERSONAL_SM_AMOUNT" | "EXCEED_LIMIT_UNRN_DM_AMOUNT" | "PAYEE_USER_TYPE_ERROR" | "EXCEED_LIMIT_SM_MIN_AMOUNT" | "PERMIT_CHECK_RECEIVE_LIMIT" | "PAYEE_NOT_RELNAME_CERTIFY" | "BANK_CARD_BALANCE_NOT_ENOUGH" | "MAX_VISIT_LIMIT" | "MONTH_LIMIT_EXCEED" | "DAILY_LIMIT_EXCEED" | "PERM_RECEIVE_CUSTOMER_ALMS_LIMIT" | "PAYCARD_UNABLE_PAYMENT" | "PAYEE_USERINFO_ERROR" | "NOT_SUPPORT_PAYER_ACCOUNT_TYPE" | "USER_RISK_FREEZE";

/**
 * `AuthInfo`, a model of Alipay's v3 description (in `alipay.fund.trans.pay`).
 *
 * @example
 * ```ts
 * const value: AuthInfo = { auth_code: '…', auth_type: '…' };
 * ```
 */
export interface AuthInfo {
  auth_code?: string;
  auth_type?: string;
}
const AuthInfoShape = (): object => ({ auth_code: 0, auth_type: 0 });

/**
 * `alipay.fund.trans.pay`: POST /v3/alipay/fund/trans/pay over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayFundTransPay } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayFundTransPay, { biz_scene: '…', business_params: '…' });
 * ```
 */
export const alipayFundTransPay: ApiDefinition<"alipay.fund.trans.pay", AlipayFundTransPayRequest, AlipayFundTransPayResult, AlipayFundTransPayErrorCode> = /* @__PURE__ */ operation(
  "alipay.fund.trans.pay",
  'POST',
  () => ({ auth_info: AuthInfoShape, biz_scene: 0, business_params: 0, order_title: 0, out_biz_no: 0, passback_params: 0, payee_info: ParticipantShape, payer_info: ParticipantShape, product_code: 0, refund_time_expire: 0, remark: 0, time_expire: 0, trans_amount: 0 }),
  () => ({ order_id: 0, out_biz_no: 0, pay_fund_order_id: 0, status: 0, trans_pay_time: 0 }),
);
