// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type DeliveryAgencyMerchantInfo, DeliveryAgencyMerchantInfoShape } from '../models/DeliveryAgencyMerchantInfo.ts';

/**
 * The request of `alipay.marketing.activity.deliverychannel.query` (POST /v3/alipay/marketing/activity/deliverychannel/query: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingActivityDeliverychannelQueryRequest = { booth_code: '…', page_num: 1 };
 * ```
 */
export interface AlipayMarketingActivityDeliverychannelQueryRequest {
  belong_merchant_info?: DeliveryAgencyMerchantInfo;
  booth_code?: string;
  page_num?: number;
  page_size?: number;
}

/**
 * The result of `alipay.marketing.activity.deliverychannel.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingActivityDeliverychannelQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingActivityDeliverychannelQueryResult {
  delivery_channel_info_list?: DeliveryChannelInfo[];
  page_num?: string;
  page_size?: string;
  total_size?: string;
}

/**
 * The error codes of `alipay.marketing.activity.deliverychannel.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingActivityDeliverychannelQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayMarketingActivityDeliverychannelQueryErrorCode = "SYSTEM_ERROR" | "BIZ_ERROR" | "INVALID_PARAMETER";

/**
 * `DeliveryChannelInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.deliverychannel.query`).
 *
 * @example
 * ```ts
 * const value: DeliveryChannelInfo = { booth_code: '…', channel: '…' };
 * ```
 */
export interface DeliveryChannelInfo {
  booth_code?: string;
  channel?: string;
  channel_name?: string;
}
const DeliveryChannelInfoShape = (): object => ({ booth_code: 0, channel: 0, channel_name: 0 });

/**
 * `alipay.marketing.activity.deliverychannel.query`: POST /v3/alipay/marketing/activity/deliverychannel/query over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingActivityDeliverychannelQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingActivityDeliverychannelQuery, { booth_code: '…', page_num: 1 });
 * ```
 */
export const alipayMarketingActivityDeliverychannelQuery: ApiDefinition<"alipay.marketing.activity.deliverychannel.query", AlipayMarketingActivityDeliverychannelQueryRequest, AlipayMarketingActivityDeliverychannelQueryResult, AlipayMarketingActivityDeliverychannelQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.activity.deliverychannel.query",
  'POST',
  () => ({ belong_merchant_info: DeliveryAgencyMerchantInfoShape, booth_code: 0, page_num: 1, page_size: 1 }),
  () => ({ delivery_channel_info_list: [DeliveryChannelInfoShape], page_num: 0, page_size: 0, total_size: 0 }),
);
