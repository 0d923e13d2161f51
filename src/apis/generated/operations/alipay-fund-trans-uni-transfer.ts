// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type Participant, ParticipantShape } from '../models/Participant.ts';

/**
 * The request of `alipay.fund.trans.uni.transfer` (POST /v3/alipay/fund/trans/uni/transfer: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayFundTransUniTransferRequest = { biz_scene: '…', business_params: '…' };
 * ```
 */
export interface AlipayFundTransUniTransferRequest {
  biz_scene?: string;
  business_params?: string;
  mutiple_currency_detail?: MutipleCurrencyDetail;
  order_title?: string;
  original_order_id?: string;
  out_biz_no?: string;
  passback_params?: string;
  payee_info?: Participant;
  payer_info?: Participant;
  product_code?: string;
  remark?: string;
  sign_data?: SignData;
  trans_amount?: string;
  transfer_scene_name?: string;
  transfer_scene_report_infos?: TransferSceneReportInfo[];
}

/**
 * The result of `alipay.fund.trans.uni.transfer`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayFundTransUniTransferResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayFundTransUniTransferResult {
  amount?: string;
  link?: string;
  order_id?: string;
  out_biz_no?: string;
  pay_fund_order_id?: string;
  settle_serial_no?: string;
  status?: string;
  sub_status?: string;
  trans_date?: string;
}

/**
 * The error codes of `alipay.fund.trans.uni.transfer` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayFundTransUniTransferErrorCode = "CHECK_RECEIVER_CERT_NOT_ALLOW";
 * ```
 */
export type AlipayFundTransUniTransferErrorCode = "CHECK_RECEIVER_CERT_NOT_ALLOW" | "EXPAND_INDIRECT_VERIFY_FAIL" | "INVALID_PARAMETER" | "SYSTEM_ERROR" | "EXCEED_LIMIT_SM_AMOUNT" | "EXCEED_LIMIT_MM_AMOUNT" | "PAYCARD_UNABLE_PAYMENT" | "PAYER_STATUS_ERROR" | "PAYER_CERTIFY_CHECK_FAIL" | "PAYER_BALANCE_NOT_ENOUGH" | "PAYER_USER_INFO_ERROR" | "PAYMENT_INFO_INCONSISTENCY" | "CARD_BIN_ERROR" | "PAYEE_CARD_INFO_ERROR" | "INST_PAY_UNABLE" | "MEMO_REQUIRED_IN_TRANSFER_ERROR" | "PERMIT_CHECK_PERM_IDENTITY_THEFT" | "REMARK_HAS_SENSITIVE_WORD" | "EXCEED_LIMIT_DM_AMOUNT" | "NO_ACCOUNT_RECEIVE_PERMISSION" | "BALANCE_IS_NOT_ENOUGH" | "NO_ACCOUNT_PAYMENT_PERMISSION" | "PAYER_NOT_EXIST" | "PRODUCT_NOT_SIGN" | "PAYMENT_TIME_EXPIRE" | "PAYEE_NOT_EXIST" | "PAYEE_ACCOUNT_STATUS_ERROR" | "PERMIT_NON_BANK_LIMIT_PAYEE" | "PAYEE_TRUSTEESHIP_ACC_OVER_LIMIT" | "NO_PERMISSION_ACCOUNT" | "TRUSTEESHIP_ACCOUNT_NOT_EXIST" | "PAYEE_ACCOUNT_NOT_EXSIT" | "ORDER_NOT_EXIST" | "PAYEE_USERINFO_STATUS_ERROR" | "PAYMENT_MONEY_NOT_ENOUGH" | "TRUSTEESHIP_RECIEVE_QUOTA_LIMIT" | "SECURITY_CHECK_FAILED" | "NO_ORDER_PERMISSION" | "ORDER_STATUS_INVALID" | "PERM_AML_NOT_REALNAME_REV" | "USER_AGREEMENT_VERIFY_FAIL" | "PAYER_NOT_EQUAL_PAYEE_ERROR" | "EXCEED_LIMIT_DC_RECEIVED" | "PAYER_PERMLIMIT_CHECK_FAILURE" | "PAYEE_ACC_OCUPIED" | "PAYER_PAYEE_CANNOT_SAME" | "PERMIT_CHECK_PERM_LIMITED" | "RESOURCE_LIMIT_EXCEED" | "INVALID_PAYER_ACCOUNT" | "EXCEED_LIMIT_DM_MAX_AMOUNT" | "EXCEED_LIMIT_PERSONAL_SM_AMOUNT" | "EXCEED_LIMIT_UNRN_DM_AMOUNT" | "INVALID_CARDNO" | "RELEASE_USER_FORBBIDEN_RECIEVE" | "PAYEE_USER_TYPE_ERROR" | "EXCEED_LIMIT_SM_MIN_AMOUNT" | "PERMIT_CHECK_RECEIVE_LIMIT" | "NOT_IN_WHITE_LIST" | "MONEY_PAY_CLOSED" | "NO_AVAILABLE_PAYMENT_TOOLS" | "PAYEE_NOT_RELNAME_CERTIFY" | "OVERSEA_TRANSFER_CLOSE" | "PAYMENT_FAIL" | "ALREADY_WITHDRAW_STD_RED_PACKET" | "BLOCK_USER_FORBBIDEN_RECIEVE" | "REQUEST_PROCESSING" | "USER_NOT_EXIST" | "PARAM_ILLEGAL" | "PROCESS_FAIL" | "CURRENCY_NOT_SUPPORT" | "PAYER_REQUESTER_RELATION_INVALID" | "AUTHOREE_IS_NOT_MATCH" | "NO_ACCOUNT_USER_FORBBIDEN_RECIEVE" | "SIGN_INVALID" | "SIGN_INVOKE_PID_INCONSISTENT" | "SIGN_QUERY_APP_INFO_ERROR" | "SIGN_QUERY_AGGREMENT_ERROR" | "SIGN_AGREEMENT_NO_INCONSISTENT" | "SIGN_PARAM_INVALID" | "SIGN_NOT_ALLOW_SKIP" | "EXCEED_LIMIT_ENT_SM_AMOUNT" | "ISV_AUTH_ERROR" | "PAYER_USERINFO_NOT_EXSIT" | "BLOCK_USER_FORBBIDEN_SEND" | "BANK_RESPONSE_ERROR" | "BIZ_UNIQUE_EXCEPTION" | "NO_ACCOUNTBOOK_PERMISSION" | "PERMIT_CHECK_PERM_AML_CERT_EXPIRED" | "MRCHPROD_QUERY_ERROR" | "PERMIT_PAYER_FORBIDDEN" | "IDENTITY_FUND_RELATION_NOT_FOUND" | "INST_PAY_REMARK_UNVALID_CHARS" | "PERMIT_LIMIT_PAYEE" | "INVALID_TAX_BILL_AGREEMENT" | "PAY_SALARY_MODE_NOT_SUPPORT" | "CONTRACTOR_ACCOUNT_BOOK_NOT_FUND" | "BANKCODE_OR_BRANCHNAME_INFO_ERROR" | "PAYEE_OUT_PERMLIMIT_CHECK_FAILURE" | "MID_ACCOUNT_STATUS_ERROR" | "MID_ACCOUNT_TYPE_ERROR" | "PAYEE_MID_CANNOT_SAME" | "PAYER_MID_CANNOT_SAME" | "MID_ACCOUNT_CHECK_ERROR" | "PERM_PAY_USER_DAILY_QUOTA_ORG_BALANCE_LIMIT" | "PERM_PAY_USER_MONTH_QUOTA_ORG_BALANCE_LIMIT" | "PERM_PAY_CUSTOMER_DAILY_QUOTA_ORG_BALANCE_LIMIT" | "PERM_PAY_CUSTOMER_MONTH_QUOTA_ORG_BALANCE_LIMIT" | "NOT_SUPPORT_PAYER_ACCOUNT_TYPE" | "EXCEED_LIMIT_MM_MAX_AMOUNT" | "REP_INCONSISTENT" | "ILLEGAL_OPERATION" | "PERM_RECEIVE_CUSTOMER_ALMS_LIMIT" | "PAYEE_IDENTITY_NOT_MATCH" | "FLEXIBLE_STAFFING_RISK_CONSULT_UNSIGNED_MERCHANT" | "FLEXIBLE_STAFFING_RISK_CONSULT_UNAUTHORIZED_CONSULT" | "FLEXIBLE_STAFFING_RISK_CONSULT_USER_NOT_EXIST" | "FLEXIBLE_STAFFING_RISK_CONSULT_RISK_RECEIVER" | "PAYEE_USERINFO_ERROR" | "FLEXIBLE_STAFFING_HIGH_RISK_RECEIVER" | "FLEXIBLE_STAFFING_POTENTIAL_RISK_RECEIVER" | "PAYER_ACCOUNT_BOOK_INFO_EXCEPTION" | "RECEIVER_ACCOUNT_BOOK_INFO_EXCEPTION" | "ACCOUNT_BOOK_SCENE_CODE_EXCEPTION" | "TRUSTEESHIP_ACCOUNT_STATUS_ERROR" | "PAYER_NOT_EQUAL_PAYEE_FOR_BIZ_SCENE_REQUIRED" | "PERMIT_PAYER_LEVEL_FORBIDDEN" | "FLEXIBLE_STAFFING_UN_KNOWN_RISK_RECEIVER" | "JUDICIAL_FREEZE" | "TRANS_AMOUNT_NOT_IN_PRIZE_LIMIT" | "PROMO_CAMP_RELATION_CONFIG_MISSED" | "PAYEE_RECEIVE_COUNT_EXCEED_LIMIT" | "PROMO_TRANS_ORDER_DEALING" | "FUND_PROTITOPN_NOT_MATCH" | "FUND_WALLET_INST_NOT_EXIST" | "FUND_WALLET_UNAVAILABLE" | "PARTITION_FORMAT_ERROR" | "CURREBT_AFTER_INVALID_TIME" | "UNAUTHORIZED_CONSULT" | "TAX_BILL_AGREEMENT_MISS" | "FORBID_OPERATION_USER_WALLET" | "USER_RISK_FREEZE" | "BALANCE_NOT_ENOUGH_FOR_CARD_FEE" | "TRANS_ORDER_DEALING" | "PAYEE_USER_IS_INST" | "PAYER_NOT_RELNAME_CERTIFY" | "BALANCE_NOT_ENOUGH" | "EMPLOYEE_SERVICE_NOT_EXIST" | "UN_SUPPORT_EMPLOYEE_SERVICE" | "PERM_AML_NOT_REALNAME_PAY" | "CONFIGURATION_ERROR" | "ILLEGAL_REQUEST_USER_ID" | "PARAMETER_ERROR" | "PERMIT_CHECK_PERM_AML_CERT_MISS_ACC_LIMIT" | "RECEIVER_USER_RISK_FREEZE" | "PAYER_PAYEE_ACCOUNT_NAME_CAN_NOT_SAME" | "PAYEE_CERT_INFO_ERROR" | "ACCOUNT_IN_NOT_EXIST" | "GLOBAL_USER_FORBBIDEN_RECIEVE" | "ACCOUNT_OPERATION_LIMIT" | "PAYER_UNABLE_PAYMENT" | "EXCEED_LIMIT_INTERNAL_SM_AMOUNT" | "ILLEGAL_STATUS_EXCEPTION" | "PAYER_ACCOUNT_LIMIT" | "PAYER_AND_PAYEE_BOTH_PERSONAL_ACCOUNT_BOOK" | "TRANSFER_SCENE_NAME_ILLEGAL" | "TRANSFER_SCENE_REPORT_INFO_ILLEGAL" | "TRANSFER_SCENE_NAME_BLANK" | "TRANSFER_SCENE_INFO_ADMIT_FAIL";

/**
 * `MutipleCurrencyDetail`, a model of Alipay's v3 description (in `alipay.fund.trans.uni.transfer`).
 *
 * @example
 * ```ts
 * const value: MutipleCurrencyDetail = { ext_info: '…', payment_amount: '…' };
 * ```
 */
export interface MutipleCurrencyDetail {
  ext_info?: string;
  payment_amount?: string;
  payment_currency?: string;
  settlement_amount?: string;
  settlement_currency?: string;
  trans_amount?: string;
  trans_currency?: string;
}
const MutipleCurrencyDetailShape = (): object => ({ ext_info: 0, payment_amount: 0, payment_currency: 0, settlement_amount: 0, settlement_currency: 0, trans_amount: 0, trans_currency: 0 });

/**
 * `SignData`, a model of Alipay's v3 description (in `alipay.fund.trans.uni.transfer`).
 *
 * @example
 * ```ts
 * const value: SignData = { ori_app_id: '…', ori_char_set: '…' };
 * ```
 */
export interface SignData {
  ori_app_id?: string;
  ori_char_set?: string;
  ori_out_biz_no?: string;
  ori_sign?: string;
  ori_sign_type?: string;
  partner_id?: string;
}
const SignDataShape = (): object => ({ ori_app_id: 0, ori_char_set: 0, ori_out_biz_no: 0, ori_sign: 0, ori_sign_type: 0, partner_id: 0 });

/**
 * `TransferSceneReportInfo`, a model of Alipay's v3 description (in `alipay.fund.trans.uni.transfer`).
 *
 * @example
 * ```ts
 * const value: TransferSceneReportInfo = { info_content: '…', info_type: '…' };
 * ```
 */
export interface TransferSceneReportInfo {
  info_content?: string;
  info_type?: string;
}
const TransferSceneReportInfoShape = (): object => ({ info_content: 0, info_type: 0 });

/**
 * `alipay.fund.trans.uni.transfer`: POST /v3/alipay/fund/trans/uni/transfer over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayFundTransUniTransfer } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayFundTransUniTransfer, { biz_scene: '…', business_params: '…' });
 * ```
 */
export const alipayFundTransUniTransfer: ApiDefinition<"alipay.fund.trans.uni.transfer", AlipayFundTransUniTransferRequest, AlipayFundTransUniTransferResult, AlipayFundTransUniTransferErrorCode> = /* @__PURE__ */ operation(
  "alipay.fund.trans.uni.transfer",
  'POST',
  () => ({ biz_scene: 0, business_params: 0, mutiple_currency_detail: MutipleCurrencyDetailShape, order_title: 0, original_order_id: 0, out_biz_no: 0, passback_params: 0, payee_info: ParticipantShape, payer_info: ParticipantShape, product_code: 0, remark: 0, sign_data: SignDataShape, trans_amount: 0, transfer_scene_name: 0, transfer_scene_report_infos: [TransferSceneReportInfoShape] }),
  () => ({ amount: 0, link: 0, order_id: 0, out_biz_no: 0, pay_fund_order_id: 0, settle_serial_no: 0, status: 0, sub_status: 0, trans_date: 0 }),
);
