// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ActivityBaseInfo, ActivityBaseInfoShape } from '../models/ActivityBaseInfo.ts';
import { type OrderVoucherUseRuleResult, OrderVoucherUseRuleResultShape } from '../models/OrderVoucherUseRuleResult.ts';
import { type VoucherAvailableScopeInfo, VoucherAvailableScopeInfoShape } from '../models/VoucherAvailableScopeInfo.ts';
import { type VoucherAvailableScopeResultInfo, VoucherAvailableScopeResultInfoShape } from '../models/VoucherAvailableScopeResultInfo.ts';
import { type VoucherCustomerGuideInfo, VoucherCustomerGuideInfoShape } from '../models/VoucherCustomerGuideInfo.ts';
import { type VoucherDisplayPatternInfo, VoucherDisplayPatternInfoShape } from '../models/VoucherDisplayPatternInfo.ts';
import { type VoucherSendModeInfo, VoucherSendModeInfoShape } from '../models/VoucherSendModeInfo.ts';
import { type VoucherUseRuleInfo, VoucherUseRuleInfoShape } from '../models/VoucherUseRuleInfo.ts';

/**
 * The request of `alipay.marketing.activity.ordervoucher.modify` (PATCH /v3/alipay/marketing/ordervoucher/activity/{activity_id}: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingActivityOrdervoucherModifyRequest = { activity_id: "2016042700826004508401111111", activity_name: '…' };
 * ```
 */
export interface AlipayMarketingActivityOrdervoucherModifyRequest {
  /** A path parameter (v3). */
  activity_id: string;
  activity_base_info?: ActivityBaseInfo;
  activity_name?: string;
  customer_guide?: CustomerGuideModify;
  merchant_access_mode?: string;
  out_biz_no?: string;
  publish_end_time?: string;
  publish_start_time?: string;
  voucher_available_scope_info?: VoucherAvailableScopeInfo;
  voucher_available_scope_modify_type?: string;
  voucher_customer_guide_info?: VoucherCustomerGuideInfo;
  voucher_display_info?: VoucherDisplayInfoModify;
  voucher_display_pattern_info?: VoucherDisplayPatternInfo;
  voucher_send_mode_info?: VoucherSendModeInfo;
  voucher_send_rule?: VoucherSendRuleDetailModify;
  voucher_use_rule?: VoucherUseRuleModify;
  voucher_use_rule_info?: VoucherUseRuleInfo;
}

/**
 * The result of `alipay.marketing.activity.ordervoucher.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingActivityOrdervoucherModifyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingActivityOrdervoucherModifyResult {
  voucher_available_scope_result_info?: VoucherAvailableScopeResultInfo;
  voucher_use_rule_result?: OrderVoucherUseRuleResult;
}

/**
 * The error codes of `alipay.marketing.activity.ordervoucher.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingActivityOrdervoucherModifyErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayMarketingActivityOrdervoucherModifyErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "BIZ_ERROR";

/**
 * `CustomerGuideModify`, a model of Alipay's v3 description (in `alipay.marketing.activity.ordervoucher.modify`).
 *
 * @example
 * ```ts
 * const value: CustomerGuideModify = { mini_app_id: '…', mini_app_path: '…' };
 * ```
 */
export interface CustomerGuideModify {
  mini_app_id?: string;
  mini_app_path?: string;
  real_shop_ids?: string[];
  service_codes?: string[];
  shop_ids?: string[];
  store_ids?: string[];
  voucher_send_guide?: VoucherSendGuideModify;
  voucher_use_guide?: VoucherUseGuideModify;
}
const CustomerGuideModifyShape = (): object => ({ mini_app_id: 0, mini_app_path: 0, real_shop_ids: [0], service_codes: [0], shop_ids: [0], store_ids: [0], voucher_send_guide: VoucherSendGuideModifyShape, voucher_use_guide: VoucherUseGuideModifyShape });

/**
 * `ExchangeVoucherModify`, a model of Alipay's v3 description (in `alipay.marketing.activity.ordervoucher.modify`).
 *
 * @example
 * ```ts
 * const value: ExchangeVoucherModify = { voucher_detail_url: '…', voucher_name: '…' };
 * ```
 */
export interface ExchangeVoucherModify {
  voucher_detail_url?: string;
  voucher_name?: string;
}
const ExchangeVoucherModifyShape = (): object => ({ voucher_detail_url: 0, voucher_name: 0 });

/**
 * `OrderVoucherAvailableCityCodeModify`, a model of Alipay's v3 description (in `alipay.marketing.activity.ordervoucher.modify`).
 *
 * @example
 * ```ts
 * const value: OrderVoucherAvailableCityCodeModify = {};
 * ```
 */
export interface OrderVoucherAvailableCityCodeModify {
  city_codes?: string[];
}
const OrderVoucherAvailableCityCodeModifyShape = (): object => ({ city_codes: [0] });

/**
 * `OrderVoucherAvailableShopModify`, a model of Alipay's v3 description (in `alipay.marketing.activity.ordervoucher.modify`).
 *
 * @example
 * ```ts
 * const value: OrderVoucherAvailableShopModify = {};
 * ```
 */
export interface OrderVoucherAvailableShopModify {
  order_voucher_merchant_all_shop?: OrderVoucherMerchantAllShopModify;
  real_shop_ids?: string[];
  shop_ids?: string[];
}
const OrderVoucherAvailableShopModifyShape = (): object => ({ order_voucher_merchant_all_shop: OrderVoucherMerchantAllShopModifyShape, real_shop_ids: [0], shop_ids: [0] });

/**
 * `OrderVoucherMerchantAllShopModify`, a model of Alipay's v3 description (in `alipay.marketing.activity.ordervoucher.modify`).
 *
 * @example
 * ```ts
 * const value: OrderVoucherMerchantAllShopModify = {};
 * ```
 */
export interface OrderVoucherMerchantAllShopModify {
  exclude_shop_ids?: string[];
}
const OrderVoucherMerchantAllShopModifyShape = (): object => ({ exclude_shop_ids: [0] });

/**
 * `VoucherAvailableScopeModify`, a model of Alipay's v3 description (in `alipay.marketing.activity.ordervoucher.modify`).
 *
 * @example
 * ```ts
 * const value: VoucherAvailableScopeModify = { modify_type: '…' };
 * ```
 */
export interface VoucherAvailableScopeModify {
  modify_type?: string;
  order_voucher_available_city_code?: OrderVoucherAvailableCityCodeModify;
  order_voucher_available_shop?: OrderVoucherAvailableShopModify;
}
const VoucherAvailableScopeModifyShape = (): object => ({ modify_type: 0, order_voucher_available_city_code: OrderVoucherAvailableCityCodeModifyShape, order_voucher_available_shop: OrderVoucherAvailableShopModifyShape });

/**
 * `VoucherDisplayInfoModify`, a model of Alipay's v3 description (in `alipay.marketing.activity.ordervoucher.modify`).
 *
 * @example
 * ```ts
 * const value: VoucherDisplayInfoModify = { brand_logo: '…', brand_name: '…' };
 * ```
 */
export interface VoucherDisplayInfoModify {
  brand_logo?: string;
  brand_name?: string;
  customer_service_mobile?: string;
  customer_service_url?: string;
  voucher_comment?: string;
  voucher_description?: string;
  voucher_detail_images?: string[];
  voucher_image?: string;
}
const VoucherDisplayInfoModifyShape = (): object => ({ brand_logo: 0, brand_name: 0, customer_service_mobile: 0, customer_service_url: 0, voucher_comment: 0, voucher_description: 0, voucher_detail_images: [0], voucher_image: 0 });

/**
 * `VoucherSendGuideModify`, a model of Alipay's v3 description (in `alipay.marketing.activity.ordervoucher.modify`).
 *
 * @example
 * ```ts
 * const value: VoucherSendGuideModify = { voucher_detail_url: '…' };
 * ```
 */
export interface VoucherSendGuideModify {
  voucher_detail_url?: string;
}
const VoucherSendGuideModifyShape = (): object => ({ voucher_detail_url: 0 });

/**
 * `VoucherSendRuleDetailModify`, a model of Alipay's v3 description (in `alipay.marketing.activity.ordervoucher.modify`).
 *
 * @example
 * ```ts
 * const value: VoucherSendRuleDetailModify = { natural_person_limit: true, phone_number_limit: '…' };
 * ```
 */
export interface VoucherSendRuleDetailModify {
  natural_person_limit?: boolean;
  phone_number_limit?: string;
  voucher_quantity_limit_per_user?: number;
}
const VoucherSendRuleDetailModifyShape = (): object => ({ natural_person_limit: 2, phone_number_limit: 0, voucher_quantity_limit_per_user: 1 });

/**
 * `VoucherUseGuideModify`, a model of Alipay's v3 description (in `alipay.marketing.activity.ordervoucher.modify`).
 *
 * @example
 * ```ts
 * const value: VoucherUseGuideModify = { mini_app_id: '…', mini_app_path: '…' };
 * ```
 */
export interface VoucherUseGuideModify {
  mini_app_id?: string;
  mini_app_path?: string;
  service_codes?: string[];
}
const VoucherUseGuideModifyShape = (): object => ({ mini_app_id: 0, mini_app_path: 0, service_codes: [0] });

/**
 * `VoucherUseRuleModify`, a model of Alipay's v3 description (in `alipay.marketing.activity.ordervoucher.modify`).
 *
 * @example
 * ```ts
 * const value: VoucherUseRuleModify = {};
 * ```
 */
export interface VoucherUseRuleModify {
  exchange_voucher?: ExchangeVoucherModify;
  voucher_available_scope?: VoucherAvailableScopeModify;
  voucher_valid_period?: VoucherValidPeriodModify;
}
const VoucherUseRuleModifyShape = (): object => ({ exchange_voucher: ExchangeVoucherModifyShape, voucher_available_scope: VoucherAvailableScopeModifyShape, voucher_valid_period: VoucherValidPeriodModifyShape });

/**
 * `VoucherValidPeriodModify`, a model of Alipay's v3 description (in `alipay.marketing.activity.ordervoucher.modify`).
 *
 * @example
 * ```ts
 * const value: VoucherValidPeriodModify = { valid_begin_time: '…', valid_days_after_receive: 1 };
 * ```
 */
export interface VoucherValidPeriodModify {
  valid_begin_time?: string;
  valid_days_after_receive?: number;
  valid_end_time?: string;
  wait_days_after_receive?: number;
}
const VoucherValidPeriodModifyShape = (): object => ({ valid_begin_time: 0, valid_days_after_receive: 1, valid_end_time: 0, wait_days_after_receive: 1 });

/**
 * `alipay.marketing.activity.ordervoucher.modify`: PATCH /v3/alipay/marketing/ordervoucher/activity/{activity_id} over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingActivityOrdervoucherModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingActivityOrdervoucherModify, { activity_id: "2016042700826004508401111111", activity_name: '…' });
 * ```
 */
export const alipayMarketingActivityOrdervoucherModify: ApiDefinition<"alipay.marketing.activity.ordervoucher.modify", AlipayMarketingActivityOrdervoucherModifyRequest, AlipayMarketingActivityOrdervoucherModifyResult, AlipayMarketingActivityOrdervoucherModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.activity.ordervoucher.modify",
  { verb: 'PATCH', path: "/v3/alipay/marketing/ordervoucher/activity/{activity_id}" },
  () => ({ activity_id: 0, activity_base_info: ActivityBaseInfoShape, activity_name: 0, customer_guide: CustomerGuideModifyShape, merchant_access_mode: 0, out_biz_no: 0, publish_end_time: 0, publish_start_time: 0, voucher_available_scope_info: VoucherAvailableScopeInfoShape, voucher_available_scope_modify_type: 0, voucher_customer_guide_info: VoucherCustomerGuideInfoShape, voucher_display_info: VoucherDisplayInfoModifyShape, voucher_display_pattern_info: VoucherDisplayPatternInfoShape, voucher_send_mode_info: VoucherSendModeInfoShape, voucher_send_rule: VoucherSendRuleDetailModifyShape, voucher_use_rule: VoucherUseRuleModifyShape, voucher_use_rule_info: VoucherUseRuleInfoShape }),
  () => ({ voucher_available_scope_result_info: VoucherAvailableScopeResultInfoShape, voucher_use_rule_result: OrderVoucherUseRuleResultShape }),
);
