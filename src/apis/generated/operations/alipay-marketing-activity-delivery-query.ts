// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type DeliveryAgencyMerchantInfo, DeliveryAgencyMerchantInfoShape } from '../models/DeliveryAgencyMerchantInfo.ts';
import { type DeliveryBaseInfo, DeliveryBaseInfoShape } from '../models/DeliveryBaseInfo.ts';
import { type DeliveryConfig, DeliveryConfigShape } from '../models/DeliveryConfig.ts';
import { type DeliveryPlayConfig, DeliveryPlayConfigShape } from '../models/DeliveryPlayConfig.ts';
import { type DeliveryTargetRule, DeliveryTargetRuleShape } from '../models/DeliveryTargetRule.ts';

/**
 * The request of `alipay.marketing.activity.delivery.query` (POST /v3/alipay/marketing/delivery/{delivery_id}/query: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingActivityDeliveryQueryRequest = { delivery_id: "20121231231242353", merchant_access_mode: '…' };
 * ```
 */
export interface AlipayMarketingActivityDeliveryQueryRequest {
  /** A path parameter (v3). */
  delivery_id: string;
  belong_merchant_info?: DeliveryAgencyMerchantInfo;
  delivery_config_list?: DeliveryConfig[];
  merchant_access_mode?: string;
}

/**
 * The result of `alipay.marketing.activity.delivery.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingActivityDeliveryQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingActivityDeliveryQueryResult {
  delivery_base_info?: DeliveryBaseInfo;
  delivery_booth_code?: string;
  delivery_error_msg?: string;
  delivery_id?: string;
  delivery_info_list?: PromoDeliveryInfo[];
  delivery_play_config?: DeliveryPlayConfig;
  delivery_status?: string;
  delivery_target_rule?: DeliveryTargetRule;
}

/**
 * The error codes of `alipay.marketing.activity.delivery.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingActivityDeliveryQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayMarketingActivityDeliveryQueryErrorCode = "SYSTEM_ERROR" | "BIZ_ERROR" | "INVALID_PARAMETER";

/**
 * `PromoDeliveryInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.delivery.query`).
 *
 * @example
 * ```ts
 * const value: PromoDeliveryInfo = { activity_id: '…', booth_code: '…' };
 * ```
 */
export interface PromoDeliveryInfo {
  activity_id?: string;
  booth_code?: string;
  channel?: string;
  channel_name?: string;
  delivery_status?: string;
}
const PromoDeliveryInfoShape = (): object => ({ activity_id: 0, booth_code: 0, channel: 0, channel_name: 0, delivery_status: 0 });

/**
 * `alipay.marketing.activity.delivery.query`: POST /v3/alipay/marketing/delivery/{delivery_id}/query over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingActivityDeliveryQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingActivityDeliveryQuery, { delivery_id: "20121231231242353", merchant_access_mode: '…' });
 * ```
 */
export const alipayMarketingActivityDeliveryQuery: ApiDefinition<"alipay.marketing.activity.delivery.query", AlipayMarketingActivityDeliveryQueryRequest, AlipayMarketingActivityDeliveryQueryResult, AlipayMarketingActivityDeliveryQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.activity.delivery.query",
  { verb: 'POST', path: "/v3/alipay/marketing/delivery/{delivery_id}/query" },
  () => ({ delivery_id: 0, belong_merchant_info: DeliveryAgencyMerchantInfoShape, delivery_config_list: [DeliveryConfigShape], merchant_access_mode: 0 }),
  () => ({ delivery_base_info: DeliveryBaseInfoShape, delivery_booth_code: 0, delivery_error_msg: 0, delivery_id: 0, delivery_info_list: [PromoDeliveryInfoShape], delivery_play_config: DeliveryPlayConfigShape, delivery_status: 0, delivery_target_rule: DeliveryTargetRuleShape }),
);
