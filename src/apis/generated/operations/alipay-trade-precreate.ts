// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type BkAgentReqInfo, BkAgentReqInfoShape } from '../models/BkAgentReqInfo.ts';
import { type BusinessParams, BusinessParamsShape } from '../models/BusinessParams.ts';
import { type ExtUserInfo, ExtUserInfoShape } from '../models/ExtUserInfo.ts';
import { type ExtendParams, ExtendParamsShape } from '../models/ExtendParams.ts';
import { type GoodsDetail, GoodsDetailShape } from '../models/GoodsDetail.ts';
import { type RoyaltyInfo, RoyaltyInfoShape } from '../models/RoyaltyInfo.ts';
import { type SettleInfo, SettleInfoShape } from '../models/SettleInfo.ts';
import { type SubMerchant, SubMerchantShape } from '../models/SubMerchant.ts';

/**
 * The request of `alipay.trade.precreate` (POST /v3/alipay/trade/precreate: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayTradePrecreateRequest = { alipay_store_id: '…', body: '…' };
 * ```
 */
export interface AlipayTradePrecreateRequest {
  alipay_store_id?: string;
  bkagent_req_info?: BkAgentReqInfo;
  body?: string;
  business_params?: BusinessParams;
  buyer_logon_id?: string;
  code_type?: string;
  disable_pay_channels?: string;
  discountable_amount?: string;
  enable_pay_channels?: string;
  ext_user_info?: ExtUserInfo;
  extend_params?: ExtendParams;
  goods_detail?: GoodsDetail[];
  merchant_order_no?: string;
  notify_url?: string;
  operator_id?: string;
  out_trade_no?: string;
  passback_params?: string;
  product_code?: string;
  qr_code_timeout_express?: string;
  query_options?: string[];
  royalty_info?: RoyaltyInfo;
  seller_id?: string;
  settle_info?: SettleInfo;
  store_id?: string;
  sub_merchant?: SubMerchant;
  subject?: string;
  terminal_id?: string;
  time_expire?: string;
  timeout_express?: string;
  total_amount?: string;
  undiscountable_amount?: string;
}

/**
 * The result of `alipay.trade.precreate`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayTradePrecreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayTradePrecreateResult {
  out_trade_no?: string;
  qr_code?: string;
  share_code?: string;
}

/**
 * The error codes of `alipay.trade.precreate` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayTradePrecreateErrorCode = "ACQ.SYSTEM_ERROR";
 * ```
 */
export type AlipayTradePrecreateErrorCode = "ACQ.SYSTEM_ERROR" | "ACQ.INVALID_PARAMETER" | "ACQ.ACCESS_FORBIDDEN" | "ACQ.EXIST_FORBIDDEN_WORD" | "ACQ.PARTNER_ERROR" | "ACQ.TOTAL_FEE_EXCEED" | "ACQ.CONTEXT_INCONSISTENT" | "ACQ.TRADE_HAS_SUCCESS" | "ACQ.TRADE_HAS_CLOSE" | "ACQ.BUYER_SELLER_EQUAL" | "ACQ.TRADE_BUYER_NOT_MATCH" | "ACQ.BUYER_ENABLE_STATUS_FORBID" | "ACQ.BUYER_PAYMENT_AMOUNT_DAY_LIMIT_ERROR" | "ACQ.BEYOND_PAY_RESTRICTION" | "ACQ.BEYOND_PER_RECEIPT_RESTRICTION" | "ACQ.BUYER_PAYMENT_AMOUNT_MONTH_LIMIT_ERROR" | "ACQ.SELLER_BEEN_BLOCKED" | "ACQ.ERROR_BUYER_CERTIFY_LEVEL_LIMIT" | "ACQ.INVALID_STORE_ID" | "ACQ.APPLY_PC_MERCHANT_CODE_ERROR" | "ACQ.SECONDARY_MERCHANT_STATUS_ERROR" | "ACQ.BEYOND_PER_RECEIPT_DAY_RESTRICTION" | "ACQ.BEYOND_PER_RECEIPT_SINGLE_RESTRICTION" | "ACQ.TRADE_SETTLE_ERROR" | "ACQ.SECONDARY_MERCHANT_ID_INVALID" | "ACQ.SECONDARY_MERCHANT_ISV_PUNISH_INDIRECT" | "ACQ.SELLER_NOT_EXIST" | "ACQ.SECONDARY_MERCHANT_ALIPAY_ACCOUNT_INVALID" | "ACQ.INVALID_RECEIVE_ACCOUNT" | "ACQ.SECONDARY_MERCHANT_ID_BLANK" | "ACQ.NOW_TIME_AFTER_EXPIRE_TIME_ERROR" | "ACQ.SECONDARY_MERCHANT_NOT_MATCH" | "ACQ.BUYER_NOT_EXIST" | "ACQ.SUB_GOODS_SIZE_MAX_COUNT" | "ACQ.DEFAULT_SETTLE_RULE_NOT_EXIST" | "ACQ.MERCHANT_PERM_RECEIPT_SUSPEND_LIMIT" | "ACQ.MERCHANT_PERM_RECEIPT_SINGLE_LIMIT" | "ACQ.MERCHANT_PERM_RECEIPT_DAY_LIMIT" | "ACQ.RISK_MERCHANT_IP_NOT_EXIST" | "ACQ.MERCHANT_STATUS_NOT_NORMAL";

/**
 * `alipay.trade.precreate`: POST /v3/alipay/trade/precreate over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayTradePrecreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayTradePrecreate, { alipay_store_id: '…', body: '…' });
 * ```
 */
export const alipayTradePrecreate: ApiDefinition<"alipay.trade.precreate", AlipayTradePrecreateRequest, AlipayTradePrecreateResult, AlipayTradePrecreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.trade.precreate",
  'POST',
  () => ({ alipay_store_id: 0, bkagent_req_info: BkAgentReqInfoShape, body: 0, business_params: BusinessParamsShape, buyer_logon_id: 0, code_type: 0, disable_pay_channels: 0, discountable_amount: 0, enable_pay_channels: 0, ext_user_info: ExtUserInfoShape, extend_params: ExtendParamsShape, goods_detail: [GoodsDetailShape], merchant_order_no: 0, notify_url: 0, operator_id: 0, out_trade_no: 0, passback_params: 0, product_code: 0, qr_code_timeout_express: 0, query_options: [0], royalty_info: RoyaltyInfoShape, seller_id: 0, settle_info: SettleInfoShape, store_id: 0, sub_merchant: SubMerchantShape, subject: 0, terminal_id: 0, time_expire: 0, timeout_express: 0, total_amount: 0, undiscountable_amount: 0 }),
  () => ({ out_trade_no: 0, qr_code: 0, share_code: 0 }),
);
