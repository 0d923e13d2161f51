// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type DeliveryAgencyMerchantInfo, DeliveryAgencyMerchantInfoShape } from '../models/DeliveryAgencyMerchantInfo.ts';
import { type DeliveryConfig, DeliveryConfigShape } from '../models/DeliveryConfig.ts';
import { type ErrorDeliveryConfig, ErrorDeliveryConfigShape } from '../models/ErrorDeliveryConfig.ts';
import { type SuccessDeliveryConfig, SuccessDeliveryConfigShape } from '../models/SuccessDeliveryConfig.ts';

/**
 * The request of `alipay.marketing.activity.delivery.stop` (PATCH /v3/alipay/marketing/delivery/{delivery_id}/stop: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingActivityDeliveryStopRequest = { delivery_id: "20121231231242353", merchant_access_mode: '…' };
 * ```
 */
export interface AlipayMarketingActivityDeliveryStopRequest {
  /** A path parameter (v3). */
  delivery_id: string;
  belong_merchant_info?: DeliveryAgencyMerchantInfo;
  delivery_config_list?: DeliveryConfig[];
  merchant_access_mode?: string;
  out_biz_no?: string;
}

/**
 * The result of `alipay.marketing.activity.delivery.stop`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingActivityDeliveryStopResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingActivityDeliveryStopResult {
  delivery_id?: string;
  error_delivery_config_list?: ErrorDeliveryConfig[];
  success_delivery_config_list?: SuccessDeliveryConfig[];
}

/**
 * The error codes of `alipay.marketing.activity.delivery.stop` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingActivityDeliveryStopErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayMarketingActivityDeliveryStopErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "BIZ_ERROR";

/**
 * `alipay.marketing.activity.delivery.stop`: PATCH /v3/alipay/marketing/delivery/{delivery_id}/stop over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingActivityDeliveryStop } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingActivityDeliveryStop, { delivery_id: "20121231231242353", merchant_access_mode: '…' });
 * ```
 */
export const alipayMarketingActivityDeliveryStop: ApiDefinition<"alipay.marketing.activity.delivery.stop", AlipayMarketingActivityDeliveryStopRequest, AlipayMarketingActivityDeliveryStopResult, AlipayMarketingActivityDeliveryStopErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.activity.delivery.stop",
  { verb: 'PATCH', path: "/v3/alipay/marketing/delivery/{delivery_id}/stop" },
  () => ({ delivery_id: 0, belong_merchant_info: DeliveryAgencyMerchantInfoShape, delivery_config_list: [DeliveryConfigShape], merchant_access_mode: 0, out_biz_no: 0 }),
  () => ({ delivery_id: 0, error_delivery_config_list: [ErrorDeliveryConfigShape], success_delivery_config_list: [SuccessDeliveryConfigShape] }),
);
