// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ActivityBaseInfo, ActivityBaseInfoShape } from '../models/ActivityBaseInfo.ts';
import { type VoucherAvailableScopeInfo, VoucherAvailableScopeInfoShape } from '../models/VoucherAvailableScopeInfo.ts';
import { type VoucherSendModeInfo, VoucherSendModeInfoShape } from '../models/VoucherSendModeInfo.ts';
import { type VoucherUseRuleInfo, VoucherUseRuleInfoShape } from '../models/VoucherUseRuleInfo.ts';

/**
 * The request of `alipay.marketing.activity.voucher.modify` (POST /v3/alipay/marketing/activity/voucher/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingActivityVoucherModifyRequest = { activity_id: '…', merchant_access_mode: '…' };
 * ```
 */
export interface AlipayMarketingActivityVoucherModifyRequest {
  activity_base_info?: ActivityBaseInfo;
  activity_id?: string;
  merchant_access_mode?: string;
  out_biz_no?: string;
  publish_end_time?: string;
  voucher_available_scope_info?: VoucherAvailableScopeInfo;
  voucher_send_mode_info?: VoucherSendModeInfo;
  voucher_use_rule?: PaymentVoucherUseRuleModify;
  voucher_use_rule_info?: VoucherUseRuleInfo;
}

/**
 * The result of `alipay.marketing.activity.voucher.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingActivityVoucherModifyResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayMarketingActivityVoucherModifyResult = Record<string, never>;

/**
 * The error codes of `alipay.marketing.activity.voucher.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingActivityVoucherModifyErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayMarketingActivityVoucherModifyErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER";

/**
 * `PaymentVoucherAvailableGoodsModify`, a model of Alipay's v3 description (in `alipay.marketing.activity.voucher.modify`).
 *
 * @example
 * ```ts
 * const value: PaymentVoucherAvailableGoodsModify = {};
 * ```
 */
export interface PaymentVoucherAvailableGoodsModify {
  goods_ids?: string[];
}
const PaymentVoucherAvailableGoodsModifyShape = (): object => ({ goods_ids: [0] });

/**
 * `PaymentVoucherAvailableMerchantModify`, a model of Alipay's v3 description (in `alipay.marketing.activity.voucher.modify`).
 *
 * @example
 * ```ts
 * const value: PaymentVoucherAvailableMerchantModify = {};
 * ```
 */
export interface PaymentVoucherAvailableMerchantModify {
  available_pids?: string[];
  available_smids?: string[];
}
const PaymentVoucherAvailableMerchantModifyShape = (): object => ({ available_pids: [0], available_smids: [0] });

/**
 * `PaymentVoucherUseRuleModify`, a model of Alipay's v3 description (in `alipay.marketing.activity.voucher.modify`).
 *
 * @example
 * ```ts
 * const value: PaymentVoucherUseRuleModify = { available_app_ids: '…', available_store_ids: '…' };
 * ```
 */
export interface PaymentVoucherUseRuleModify {
  available_app_ids?: string;
  available_goods?: PaymentVoucherAvailableGoodsModify;
  available_merchant?: PaymentVoucherAvailableMerchantModify;
  available_store_ids?: string;
  voucher_valid_period?: PaymentVoucherValidPeriodModify;
}
const PaymentVoucherUseRuleModifyShape = (): object => ({ available_app_ids: 0, available_goods: PaymentVoucherAvailableGoodsModifyShape, available_merchant: PaymentVoucherAvailableMerchantModifyShape, available_store_ids: 0, voucher_valid_period: PaymentVoucherValidPeriodModifyShape });

/**
 * `PaymentVoucherValidPeriodModify`, a model of Alipay's v3 description (in `alipay.marketing.activity.voucher.modify`).
 *
 * @example
 * ```ts
 * const value: PaymentVoucherValidPeriodModify = { valid_days_after_receive: 1, valid_end_time: '…' };
 * ```
 */
export interface PaymentVoucherValidPeriodModify {
  valid_days_after_receive?: number;
  valid_end_time?: string;
}
const PaymentVoucherValidPeriodModifyShape = (): object => ({ valid_days_after_receive: 1, valid_end_time: 0 });

/**
 * `alipay.marketing.activity.voucher.modify`: POST /v3/alipay/marketing/activity/voucher/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingActivityVoucherModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingActivityVoucherModify, { activity_id: '…', merchant_access_mode: '…' });
 * ```
 */
export const alipayMarketingActivityVoucherModify: ApiDefinition<"alipay.marketing.activity.voucher.modify", AlipayMarketingActivityVoucherModifyRequest, AlipayMarketingActivityVoucherModifyResult, AlipayMarketingActivityVoucherModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.activity.voucher.modify",
  'POST',
  () => ({ activity_base_info: ActivityBaseInfoShape, activity_id: 0, merchant_access_mode: 0, out_biz_no: 0, publish_end_time: 0, voucher_available_scope_info: VoucherAvailableScopeInfoShape, voucher_send_mode_info: VoucherSendModeInfoShape, voucher_use_rule: PaymentVoucherUseRuleModifyShape, voucher_use_rule_info: VoucherUseRuleInfoShape }),
  () => ({}),
);
