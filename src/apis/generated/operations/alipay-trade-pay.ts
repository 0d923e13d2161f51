// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type BkAgentReqInfo, BkAgentReqInfoShape } from '../models/BkAgentReqInfo.ts';
import { type BkAgentRespInfo, BkAgentRespInfoShape } from '../models/BkAgentRespInfo.ts';
import { type BusinessParams, BusinessParamsShape } from '../models/BusinessParams.ts';
import { type ChargeInfo, ChargeInfoShape } from '../models/ChargeInfo.ts';
import { type EnterprisePayInfo, EnterprisePayInfoShape } from '../models/EnterprisePayInfo.ts';
import { type ExtUserInfo, ExtUserInfoShape } from '../models/ExtUserInfo.ts';
import { type ExtendParams, ExtendParamsShape } from '../models/ExtendParams.ts';
import { type GoodsDetail, GoodsDetailShape } from '../models/GoodsDetail.ts';
import { type RoyaltyInfo, RoyaltyInfoShape } from '../models/RoyaltyInfo.ts';
import { type SettleInfo, SettleInfoShape } from '../models/SettleInfo.ts';
import { type SubMerchant, SubMerchantShape } from '../models/SubMerchant.ts';
import { type TapPayInfo, TapPayInfoShape } from '../models/TapPayInfo.ts';
import { type TradeFundBill, TradeFundBillShape } from '../models/TradeFundBill.ts';
import { type VoucherDetail, VoucherDetailShape } from '../models/VoucherDetail.ts';

/**
 * The request of `alipay.trade.pay` (POST /v3/alipay/trade/pay: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayTradePayRequest = { advance_payment_type: '…', alipay_store_id: '…' };
 * ```
 */
export interface AlipayTradePayRequest {
  advance_payment_type?: string;
  agreement_params?: AgreementParams;
  alipay_store_id?: string;
  auth_code?: string;
  auth_confirm_mode?: string;
  auth_no?: string;
  bkagent_req_info?: BkAgentReqInfo;
  body?: string;
  business_params?: BusinessParams;
  buyer_id?: string;
  buyer_open_id?: string;
  disable_pay_channels?: string;
  discountable_amount?: string;
  ext_user_info?: ExtUserInfo;
  extend_params?: ExtendParams;
  goods_detail?: GoodsDetail[];
  is_async_pay?: boolean;
  merchant_order_no?: string;
  notify_url?: string;
  operator_id?: string;
  out_trade_no?: string;
  passback_params?: string;
  pay_params?: PayParams;
  product_code?: string;
  promo_params?: PromoParam;
  query_options?: string[];
  request_org_pid?: string;
  royalty_info?: RoyaltyInfo;
  scene?: string;
  seller_id?: string;
  settle_currency?: string;
  settle_info?: SettleInfo;
  store_id?: string;
  sub_merchant?: SubMerchant;
  subject?: string;
  terminal_id?: string;
  terminal_params?: string;
  time_expire?: string;
  timeout_express?: string;
  total_amount?: string;
  trans_currency?: string;
  undiscountable_amount?: string;
}

/**
 * The result of `alipay.trade.pay`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayTradePayResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayTradePayResult {
  advance_amount?: string;
  async_pay_apply_status?: string;
  async_payment_mode?: string;
  auth_trade_pay_mode?: string;
  bkagent_resp_info?: BkAgentRespInfo;
  business_params?: string;
  buyer_logon_id?: string;
  buyer_open_id?: string;
  buyer_pay_amount?: string;
  buyer_user_id?: string;
  buyer_user_name?: string;
  buyer_user_type?: string;
  can_turn_to_app_pay?: string;
  card_balance?: string;
  charge_amount?: string;
  charge_flags?: string;
  charge_info_list?: ChargeInfo;
  credit_biz_order_id?: string;
  credit_pay_mode?: string;
  discount_amount?: string;
  discount_goods_detail?: string;
  enterprise_pay_info?: EnterprisePayInfo;
  fund_bill_list?: TradeFundBill[];
  gmt_payment?: string;
  hyb_amount?: string;
  invoice_amount?: string;
  mdiscount_amount?: string;
  open_id?: string;
  out_trade_no?: string;
  pay_amount?: string;
  pay_currency?: string;
  point_amount?: string;
  pre_auth_pay_amount?: string;
  purchase_entity?: string;
  receipt_amount?: string;
  receipt_currency_type?: string;
  settle_amount?: string;
  settle_currency?: string;
  settle_trans_rate?: string;
  settlement_id?: string;
  store_name?: string;
  tap_pay_info?: TapPayInfo;
  total_amount?: string;
  trade_no?: string;
  trans_currency?: string;
  trans_pay_rate?: string;
  voucher_detail_list?: VoucherDetail[];
}

/**
 * The error codes of `alipay.trade.pay` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayTradePayErrorCode = "ACQ.SYSTEM_ERROR";
 * ```
 */
export type AlipayTradePayErrorCode = "ACQ.SYSTEM_ERROR" | "ACQ.INVALID_PARAMETER" | "ACQ.ACCESS_FORBIDDEN" | "ACQ.EXIST_FORBIDDEN_WORD" | "ACQ.PARTNER_ERROR" | "ACQ.TOTAL_FEE_EXCEED" | "ACQ.PAYMENT_AUTH_CODE_INVALID" | "ACQ.CONTEXT_INCONSISTENT" | "ACQ.TRADE_HAS_SUCCESS" | "ACQ.TRADE_HAS_CLOSE" | "ACQ.BUYER_BALANCE_NOT_ENOUGH" | "ACQ.BUYER_BANKCARD_BALANCE_NOT_ENOUGH" | "ACQ.ERROR_BALANCE_PAYMENT_DISABLE" | "ACQ.BUYER_SELLER_EQUAL" | "ACQ.TRADE_BUYER_NOT_MATCH" | "ACQ.BUYER_ENABLE_STATUS_FORBID" | "ACQ.PULL_MOBILE_CASHIER_FAIL" | "ACQ.MOBILE_PAYMENT_SWITCH_OFF" | "ACQ.PAYMENT_FAIL" | "ACQ.BUYER_PAYMENT_AMOUNT_DAY_LIMIT_ERROR" | "ACQ.BEYOND_PAY_RESTRICTION" | "ACQ.BEYOND_PER_RECEIPT_RESTRICTION" | "ACQ.BUYER_PAYMENT_AMOUNT_MONTH_LIMIT_ERROR" | "ACQ.SELLER_BEEN_BLOCKED" | "ACQ.ERROR_BUYER_CERTIFY_LEVEL_LIMIT" | "ACQ.PAYMENT_REQUEST_HAS_RISK" | "ACQ.NO_PAYMENT_INSTRUMENTS_AVAILABLE" | "ACQ.USER_FACE_PAYMENT_SWITCH_OFF" | "ACQ.INVALID_STORE_ID" | "ACQ.SUB_MERCHANT_CREATE_FAIL" | "ACQ.SUB_MERCHANT_TYPE_INVALID" | "ACQ.AGREEMENT_NOT_EXIST" | "ACQ.AGREEMENT_INVALID" | "ACQ.AGREEMENT_STATUS_NOT_NORMAL" | "ACQ.MERCHANT_AGREEMENT_NOT_EXIST" | "ACQ.MERCHANT_AGREEMENT_INVALID" | "ACQ.MERCHANT_STATUS_NOT_NORMAL" | "ACQ.CARD_USER_NOT_MATCH" | "ACQ.CARD_TYPE_ERROR" | "ACQ.CERT_EXPIRED" | "ACQ.AMOUNT_OR_CURRENCY_ERROR" | "ACQ.CURRENCY_NOT_SUPPORT" | "ACQ.MERCHANT_UNSUPPORT_ADVANCE" | "ACQ.BUYER_UNSUPPORT_ADVANCE" | "ACQ.ORDER_UNSUPPORT_ADVANCE" | "ACQ.CYCLE_PAY_DATE_NOT_MATCH" | "ACQ.CYCLE_PAY_SINGLE_FEE_EXCEED" | "ACQ.CYCLE_PAY_TOTAL_FEE_EXCEED" | "ACQ.CYCLE_PAY_TOTAL_TIMES_EXCEED" | "ACQ.SECONDARY_MERCHANT_STATUS_ERROR" | "ACQ.AUTH_NO_ERROR" | "ACQ.BUYER_NOT_EXIST" | "ACQ.PRODUCT_AMOUNT_LIMIT_ERROR" | "ACQ.SECONDARY_MERCHANT_ALIPAY_ACCOUNT_INVALID" | "ACQ.INVALID_RECEIVE_ACCOUNT" | "ACQ.SELLER_NOT_EXIST" | "ACQ.AUTH_AMOUNT_NOT_ENOUGH" | "ACQ.AGREEMENT_ERROR" | "ACQ.BEYOND_PER_RECEIPT_SINGLE_RESTRICTION" | "ACQ.PAYER_UNMATCHED" | "ACQ.PRE_AUTH_PROD_CODE_INCONSISTENT" | "ACQ.SECONDARY_MERCHANT_ID_INVALID" | "ACQ.NOW_TIME_AFTER_EXPIRE_TIME_ERROR" | "ACQ.SECONDARY_MERCHANT_NOT_MATCH" | "ACQ.REQUEST_AMOUNT_EXCEED" | "ACQ.SUB_GOODS_SIZE_MAX_COUNT" | "ACQ.NOT_SUPPORT_PAYMENT_INST" | "ACQ.BUYER_NOT_MAINLAND_CERT" | "ACQ.SECONDARY_MERCHANT_ID_BLANK" | "ACQ.TRADE_SETTLE_ERROR" | "ACQ.AUTH_TOKEN_IS_NOT_EXIST" | "ACQ.SMILE_PAY_MERCHANT_NOT_MATCH" | "ACQ.NOT_CERTIFIED_USER" | "ACQ.SECONDARY_MERCHANT_ISV_PUNISH_INDIRECT" | "ACQ.RESTRICTED_MERCHANT_INDUSTRY" | "ACQ.PLATFORM_BUSINESS_ACQUIRE_MODE_MUST_MERCHANT_ID" | "ACQ.BEYOND_PER_RECEIPT_DAY_RESTRICTION" | "ACQ.TRADE_STATUS_ERROR" | "ACQ.MERCHANT_PERM_RECEIPT_SUSPEND_LIMIT" | "ACQ.MERCHANT_PERM_RECEIPT_SINGLE_LIMIT" | "ACQ.MERCHANT_PERM_RECEIPT_DAY_LIMIT" | "ACQ.USER_LOGONID_DUP" | "ACQ.AUTH_ORDER_NOT_PAID" | "ACQ.AUTH_ORDER_HAS_FINISHED" | "ACQ.AUTH_ORDER_HAS_CLOSED" | "ACQ.ZM_AUTH_AMOUNT_EXCEED" | "ACQ.ZM_CREDIT_AUTH_FAIL" | "ACQ.ZM_AUTH_RULE_LIMIT" | "ACQ.ROYALTY_ACCOUNT_NOT_EXIST" | "ACQ.RISK_MERCHANT_IP_NOT_EXIST" | "ACQ.UN_SUPPORT_TRADE_SCENE" | "ACQ.OVER_MAX_DEDUCT_COUNT" | "ACQ.OVER_MAX_UNDER_WAY_DEDUCT_COUNT" | "ACQ.OVER_DEDUCT_PERIOD" | "ACQ.OVER_MERCHANT_DAILY_DEDUCT_AMOUNT";

/**
 * `AgreementParams`, a model of Alipay's v3 description (in `alipay.trade.pay`).
 *
 * @example
 * ```ts
 * const value: AgreementParams = { agreement_no: '…', apply_token: '…' };
 * ```
 */
export interface AgreementParams {
  agreement_no?: string;
  apply_token?: string;
  auth_confirm_no?: string;
  deduct_permission?: string;
}
const AgreementParamsShape = (): object => ({ agreement_no: 0, apply_token: 0, auth_confirm_no: 0, deduct_permission: 0 });

/**
 * `PayParams`, a model of Alipay's v3 description (in `alipay.trade.pay`).
 *
 * @example
 * ```ts
 * const value: PayParams = { async_type: '…', retry_type: '…' };
 * ```
 */
export interface PayParams {
  async_type?: string;
  retry_type?: string;
}
const PayParamsShape = (): object => ({ async_type: 0, retry_type: 0 });

/**
 * `PromoParam`, a model of Alipay's v3 description (in `alipay.trade.pay`).
 *
 * @example
 * ```ts
 * const value: PromoParam = { actual_order_time: '…' };
 * ```
 */
export interface PromoParam {
  actual_order_time?: string;
}
const PromoParamShape = (): object => ({ actual_order_time: 0 });

/**
 * `alipay.trade.pay`: POST /v3/alipay/trade/pay over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayTradePay } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayTradePay, { advance_payment_type: '…', alipay_store_id: '…' });
 * ```
 */
export const alipayTradePay: ApiDefinition<"alipay.trade.pay", AlipayTradePayRequest, AlipayTradePayResult, AlipayTradePayErrorCode> = /* @__PURE__ */ operation(
  "alipay.trade.pay",
  'POST',
  () => ({ advance_payment_type: 0, agreement_params: AgreementParamsShape, alipay_store_id: 0, auth_code: 0, auth_confirm_mode: 0, auth_no: 0, bkagent_req_info: BkAgentReqInfoShape, body: 0, business_params: BusinessParamsShape, buyer_id: 0, buyer_open_id: 0, disable_pay_channels: 0, discountable_amount: 0, ext_user_info: ExtUserInfoShape, extend_params: ExtendParamsShape, goods_detail: [GoodsDetailShape], is_async_pay: 2, merchant_order_no: 0, notify_url: 0, operator_id: 0, out_trade_no: 0, passback_params: 0, pay_params: PayParamsShape, product_code: 0, promo_params: PromoParamShape, query_options: [0], request_org_pid: 0, royalty_info: RoyaltyInfoShape, scene: 0, seller_id: 0, settle_currency: 0, settle_info: SettleInfoShape, store_id: 0, sub_merchant: SubMerchantShape, subject: 0, terminal_id: 0, terminal_params: 0, time_expire: 0, timeout_express: 0, total_amount: 0, trans_currency: 0, undiscountable_amount: 0 }),
  () => ({ advance_amount: 0, async_pay_apply_status: 0, async_payment_mode: 0, auth_trade_pay_mode: 0, bkagent_resp_info: BkAgentRespInfoShape, business_params: 0, buyer_logon_id: 0, buyer_open_id: 0, buyer_pay_amount: 0, buyer_user_id: 0, buyer_user_name: 0, buyer_user_type: 0, can_turn_to_app_pay: 0, card_balance: 0, charge_amount: 0, charge_flags: 0, charge_info_list: ChargeInfoShape, credit_biz_order_id: 0, credit_pay_mode: 0, discount_amount: 0, discount_goods_detail: 0, enterprise_pay_info: EnterprisePayInfoShape, fund_bill_list: [TradeFundBillShape], gmt_payment: 0, hyb_amount: 0, invoice_amount: 0, mdiscount_amount: 0, open_id: 0, out_trade_no: 0, pay_amount: 0, pay_currency: 0, point_amount: 0, pre_auth_pay_amount: 0, purchase_entity: 0, receipt_amount: 0, receipt_currency_type: 0, settle_amount: 0, settle_currency: 0, settle_trans_rate: 0, settlement_id: 0, store_name: 0, tap_pay_info: TapPayInfoShape, total_amount: 0, trade_no: 0, trans_currency: 0, trans_pay_rate: 0, voucher_detail_list: [VoucherDetailShape] }),
);
