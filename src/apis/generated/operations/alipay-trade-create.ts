// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type BkAgentReqInfo, BkAgentReqInfoShape } from '../models/BkAgentReqInfo.ts';
import { type BusinessParams, BusinessParamsShape } from '../models/BusinessParams.ts';
import { type ExtUserInfo, ExtUserInfoShape } from '../models/ExtUserInfo.ts';
import { type ExtendParams, ExtendParamsShape } from '../models/ExtendParams.ts';
import { type GoodsDetail, GoodsDetailShape } from '../models/GoodsDetail.ts';
import { type PeriodRuleParams, PeriodRuleParamsShape } from '../models/PeriodRuleParams.ts';
import { type RoyaltyInfo, RoyaltyInfoShape } from '../models/RoyaltyInfo.ts';
import { type SettleInfo, SettleInfoShape } from '../models/SettleInfo.ts';
import { type SubMerchant, SubMerchantShape } from '../models/SubMerchant.ts';

/**
 * The request of `alipay.trade.create` (POST /v3/alipay/trade/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayTradeCreateRequest = { alipay_store_id: '…', body: '…' };
 * ```
 */
export interface AlipayTradeCreateRequest {
  agreement_sign_params?: SignParams;
  alipay_store_id?: string;
  bkagent_req_info?: BkAgentReqInfo;
  body?: string;
  business_params?: BusinessParams;
  buyer_id?: string;
  buyer_logon_id?: string;
  buyer_open_id?: string;
  disable_pay_channels?: string;
  discountable_amount?: string;
  enable_pay_channels?: string;
  ext_user_info?: ExtUserInfo;
  extend_params?: ExtendParams;
  goods_detail?: GoodsDetail[];
  logistics_detail?: LogisticsDetail;
  merchant_order_no?: string;
  notify_url?: string;
  op_app_id?: string;
  op_buyer_open_id?: string;
  operator_id?: string;
  out_trade_no?: string;
  passback_params?: string;
  product_code?: string;
  query_options?: string[];
  receiver_address_info?: ReceiverAddressInfo;
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
 * The result of `alipay.trade.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayTradeCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayTradeCreateResult {
  out_trade_no?: string;
  trade_no?: string;
}

/**
 * The error codes of `alipay.trade.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayTradeCreateErrorCode = "ACQ.SYSTEM_ERROR";
 * ```
 */
export type AlipayTradeCreateErrorCode = "ACQ.SYSTEM_ERROR" | "ACQ.INVALID_PARAMETER" | "ACQ.ACCESS_FORBIDDEN" | "ACQ.EXIST_FORBIDDEN_WORD" | "ACQ.PARTNER_ERROR" | "ACQ.TOTAL_FEE_EXCEED" | "ACQ.CONTEXT_INCONSISTENT" | "ACQ.TRADE_HAS_SUCCESS" | "ACQ.TRADE_HAS_CLOSE" | "ACQ.BUYER_SELLER_EQUAL" | "ACQ.TRADE_BUYER_NOT_MATCH" | "ACQ.BUYER_ENABLE_STATUS_FORBID" | "ACQ.SELLER_BEEN_BLOCKED" | "ACQ.ERROR_BUYER_CERTIFY_LEVEL_LIMIT" | "ACQ.SUB_MERCHANT_CREATE_FAIL" | "ACQ.SUB_MERCHANT_TYPE_INVALID" | "ACQ.SECONDARY_MERCHANT_STATUS_ERROR" | "ACQ.BUYER_NOT_EXIST" | "ACQ.PAYER_UNMATCHED" | "ACQ.SECONDARY_MERCHANT_NOT_MATCH" | "ACQ.TRADE_SETTLE_ERROR" | "ACQ.SECONDARY_MERCHANT_ID_BLANK" | "ACQ.INVALID_RECEIVE_ACCOUNT" | "ACQ.SECONDARY_MERCHANT_ID_INVALID" | "ACQ.BEYOND_PER_RECEIPT_SINGLE_RESTRICTION" | "ACQ.SECONDARY_MERCHANT_ALIPAY_ACCOUNT_INVALID" | "ACQ.SECONDARY_MERCHANT_ISV_PUNISH_INDIRECT" | "ACQ.USER_LOGONID_DUP" | "ACQ.CUSTOMER_VALIDATE_ERROR" | "ACQ.INVALID_STORE_ID" | "ACQ.SECONDARY_MERCHANT_CARD_ALIAS_NO_INVALID" | "ACQ.NOT_SUPPORT_PAYMENT_INST" | "ACQ.SELLER_NOT_EXIST" | "ACQ.NOW_TIME_AFTER_EXPIRE_TIME_ERROR" | "ACQ.ILLEGAL_ARGUMENT" | "ACQ.SUB_GOODS_SIZE_MAX_COUNT" | "ACQ.PLATFORM_BUSINESS_ACQUIRE_MODE_MUST_MERCHANT_ID" | "ACQ.ERROR_SELLER_CERTIFY_LEVEL_LIMIT" | "ACQ.STORE_INFO_INVALID" | "ACQ.DEFAULT_SETTLE_RULE_NOT_EXIST" | "ACQ.MERCHANT_PERM_RECEIPT_SUSPEND_LIMIT" | "ACQ.MERCHANT_PERM_RECEIPT_SINGLE_LIMIT" | "ACQ.MERCHANT_PERM_RECEIPT_DAY_LIMIT" | "ACQ.OPEN_ID_NOT_TINY_APP" | "ACQ.RISK_MERCHANT_IP_NOT_EXIST" | "ACQ.BIZ_PRODUCT_NOT_ALLOWED" | "ACQ.UNBOUND_APPLICATION" | "ACQ.PRODUCT_NOT_SUPPORT_IN_TINY_APP" | "ACQ.MERCHANT_STATUS_NOT_NORMAL";

/**
 * `AccessParams`, a model of Alipay's v3 description (in `alipay.trade.create`).
 *
 * @example
 * ```ts
 * const value: AccessParams = { channel: '…' };
 * ```
 */
export interface AccessParams {
  channel?: string;
}
const AccessParamsShape = (): object => ({ channel: 0 });

/**
 * `LogisticsDetail`, a model of Alipay's v3 description (in `alipay.trade.create`).
 *
 * @example
 * ```ts
 * const value: LogisticsDetail = { logistics_type: '…' };
 * ```
 */
export interface LogisticsDetail {
  logistics_type?: string;
}
const LogisticsDetailShape = (): object => ({ logistics_type: 0 });

/**
 * `OpenApiSpecifiedChannelParamsPojo`, a model of Alipay's v3 description (in `alipay.trade.create`).
 *
 * @example
 * ```ts
 * const value: OpenApiSpecifiedChannelParamsPojo = { asset_type_code: '…', inst_id: '…' };
 * ```
 */
export interface OpenApiSpecifiedChannelParamsPojo {
  asset_type_code?: string;
  inst_id?: string;
}
const OpenApiSpecifiedChannelParamsPojoShape = (): object => ({ asset_type_code: 0, inst_id: 0 });

/**
 * `ReceiverAddressInfo`, a model of Alipay's v3 description (in `alipay.trade.create`).
 *
 * @example
 * ```ts
 * const value: ReceiverAddressInfo = { address: '…', division_code: '…' };
 * ```
 */
export interface ReceiverAddressInfo {
  address?: string;
  division_code?: string;
  mobile?: string;
  name?: string;
  zip?: string;
}
const ReceiverAddressInfoShape = (): object => ({ address: 0, division_code: 0, mobile: 0, name: 0, zip: 0 });

/**
 * `SignMerchantParams`, a model of Alipay's v3 description (in `alipay.trade.create`).
 *
 * @example
 * ```ts
 * const value: SignMerchantParams = { sub_merchant_id: '…', sub_merchant_name: '…' };
 * ```
 */
export interface SignMerchantParams {
  sub_merchant_id?: string;
  sub_merchant_name?: string;
  sub_merchant_service_description?: string;
  sub_merchant_service_name?: string;
}
const SignMerchantParamsShape = (): object => ({ sub_merchant_id: 0, sub_merchant_name: 0, sub_merchant_service_description: 0, sub_merchant_service_name: 0 });

/**
 * `SignParams`, a model of Alipay's v3 description (in `alipay.trade.create`).
 *
 * @example
 * ```ts
 * const value: SignParams = { allow_huazhi_degrade: true, effect_time: '…' };
 * ```
 */
export interface SignParams {
  access_params?: AccessParams;
  allow_huazhi_degrade?: boolean;
  effect_time?: string;
  external_agreement_no?: string;
  external_logon_id?: string;
  period_rule_params?: PeriodRuleParams;
  personal_product_code?: string;
  product_code?: string;
  recommend_sort_channel_params?: OpenApiSpecifiedChannelParamsPojo[];
  sign_notify_url?: string;
  sign_scene?: string;
  sub_merchant?: SignMerchantParams;
}
const SignParamsShape = (): object => ({ access_params: AccessParamsShape, allow_huazhi_degrade: 2, effect_time: 0, external_agreement_no: 0, external_logon_id: 0, period_rule_params: PeriodRuleParamsShape, personal_product_code: 0, product_code: 0, recommend_sort_channel_params: [OpenApiSpecifiedChannelParamsPojoShape], sign_notify_url: 0, sign_scene: 0, sub_merchant: SignMerchantParamsShape });

/**
 * `alipay.trade.create`: POST /v3/alipay/trade/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayTradeCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayTradeCreate, { alipay_store_id: '…', body: '…' });
 * ```
 */
export const alipayTradeCreate: ApiDefinition<"alipay.trade.create", AlipayTradeCreateRequest, AlipayTradeCreateResult, AlipayTradeCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.trade.create",
  'POST',
  () => ({ agreement_sign_params: SignParamsShape, alipay_store_id: 0, bkagent_req_info: BkAgentReqInfoShape, body: 0, business_params: BusinessParamsShape, buyer_id: 0, buyer_logon_id: 0, buyer_open_id: 0, disable_pay_channels: 0, discountable_amount: 0, enable_pay_channels: 0, ext_user_info: ExtUserInfoShape, extend_params: ExtendParamsShape, goods_detail: [GoodsDetailShape], logistics_detail: LogisticsDetailShape, merchant_order_no: 0, notify_url: 0, op_app_id: 0, op_buyer_open_id: 0, operator_id: 0, out_trade_no: 0, passback_params: 0, product_code: 0, query_options: [0], receiver_address_info: ReceiverAddressInfoShape, royalty_info: RoyaltyInfoShape, seller_id: 0, settle_info: SettleInfoShape, store_id: 0, sub_merchant: SubMerchantShape, subject: 0, terminal_id: 0, time_expire: 0, timeout_express: 0, total_amount: 0, undiscountable_amount: 0 }),
  () => ({ out_trade_no: 0, trade_no: 0 }),
);
