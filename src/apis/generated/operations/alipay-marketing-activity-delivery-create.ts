// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type DeliveryAgencyMerchantInfo, DeliveryAgencyMerchantInfoShape } from '../models/DeliveryAgencyMerchantInfo.ts';
import { type DeliveryBaseInfo, DeliveryBaseInfoShape } from '../models/DeliveryBaseInfo.ts';
import { type DeliveryConfig, DeliveryConfigShape } from '../models/DeliveryConfig.ts';
import { type DeliveryPlayConfig, DeliveryPlayConfigShape } from '../models/DeliveryPlayConfig.ts';
import { type DeliveryTargetRule, DeliveryTargetRuleShape } from '../models/DeliveryTargetRule.ts';
import { type ErrorDeliveryConfig, ErrorDeliveryConfigShape } from '../models/ErrorDeliveryConfig.ts';
import { type SuccessDeliveryConfig, SuccessDeliveryConfigShape } from '../models/SuccessDeliveryConfig.ts';

/**
 * The request of `alipay.marketing.activity.delivery.create` (POST /v3/alipay/marketing/delivery: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingActivityDeliveryCreateRequest = { delivery_booth_code: '…', idem_no: '…' };
 * ```
 */
export interface AlipayMarketingActivityDeliveryCreateRequest {
  belong_merchant_info?: DeliveryAgencyMerchantInfo;
  delivery_base_info?: DeliveryBaseInfo;
  delivery_booth_code?: string;
  delivery_config_list?: DeliveryConfig[];
  delivery_play_config?: DeliveryPlayConfig;
  delivery_target_rule?: DeliveryTargetRule;
  idem_no?: string;
  merchant_access_mode?: string;
  out_biz_no?: string;
}

/**
 * The result of `alipay.marketing.activity.delivery.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingActivityDeliveryCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingActivityDeliveryCreateResult {
  delivery_guide_preview_url?: string;
  delivery_id?: string;
  error_delivery_config_list?: ErrorDeliveryConfig[];
  out_biz_no?: string;
  success_delivery_config_list?: SuccessDeliveryConfig[];
}

/**
 * The error codes of `alipay.marketing.activity.delivery.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingActivityDeliveryCreateErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayMarketingActivityDeliveryCreateErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "BIZ_ERROR";

/**
 * `alipay.marketing.activity.delivery.create`: POST /v3/alipay/marketing/delivery over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingActivityDeliveryCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingActivityDeliveryCreate, { delivery_booth_code: '…', idem_no: '…' });
 * ```
 */
export const alipayMarketingActivityDeliveryCreate: ApiDefinition<"alipay.marketing.activity.delivery.create", AlipayMarketingActivityDeliveryCreateRequest, AlipayMarketingActivityDeliveryCreateResult, AlipayMarketingActivityDeliveryCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.activity.delivery.create",
  { verb: 'POST', path: "/v3/alipay/marketing/delivery" },
  () => ({ belong_merchant_info: DeliveryAgencyMerchantInfoShape, delivery_base_info: DeliveryBaseInfoShape, delivery_booth_code: 0, delivery_config_list: [DeliveryConfigShape], delivery_play_config: DeliveryPlayConfigShape, delivery_target_rule: DeliveryTargetRuleShape, idem_no: 0, merchant_access_mode: 0, out_biz_no: 0 }),
  () => ({ delivery_guide_preview_url: 0, delivery_id: 0, error_delivery_config_list: [ErrorDeliveryConfigShape], out_biz_no: 0, success_delivery_config_list: [SuccessDeliveryConfigShape] }),
);
