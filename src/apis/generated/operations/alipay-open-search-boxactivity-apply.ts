// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type DeliveryOrientedRuleInfo, DeliveryOrientedRuleInfoShape } from '../models/DeliveryOrientedRuleInfo.ts';
import { type DeliveryTargetRegion, DeliveryTargetRegionShape } from '../models/DeliveryTargetRegion.ts';
import { type SearchBoxActivityVideoInfo, SearchBoxActivityVideoInfoShape } from '../models/SearchBoxActivityVideoInfo.ts';

/**
 * The request of `alipay.open.search.boxactivity.apply` (POST /v3/alipay/open/search/boxactivity/apply: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenSearchBoxactivityApplyRequest = { action_url: '…', background_word: '…' };
 * ```
 */
export interface AlipayOpenSearchBoxactivityApplyRequest {
  action_url?: string;
  background_word?: string;
  box_id?: string;
  end_time?: string;
  material_id?: string;
  material_type?: string;
  merchant_id?: string;
  oriented_rule?: DeliveryOrientedRuleInfo;
  start_time?: string;
  target_appid?: string;
  target_appname?: string;
  target_regions?: DeliveryTargetRegion[];
  title?: string;
  video_info?: SearchBoxActivityVideoInfo;
}

/**
 * The result of `alipay.open.search.boxactivity.apply`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenSearchBoxactivityApplyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenSearchBoxactivityApplyResult {
  box_activity_id?: string;
}

/**
 * The error codes of `alipay.open.search.boxactivity.apply` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenSearchBoxactivityApplyErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayOpenSearchBoxactivityApplyErrorCode = "INVALID_PARAMETER" | "OVER_ACT_MAX_LIMIT" | "INPUT_ARGUMENT_NULL" | "APPXPROD_RPC_INVOKE_ERROR" | "NO_PERMISSION" | "STATUS_NOT_ALLOWED_OPERATE" | "DELIVERY_TIME_OVERLAPPING" | "SYSTEM_ERROR" | "ISV_NOT_AUTH" | "INPUT_ARGUMENT_ILLEGAL";

/**
 * `alipay.open.search.boxactivity.apply`: POST /v3/alipay/open/search/boxactivity/apply over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenSearchBoxactivityApply } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenSearchBoxactivityApply, { action_url: '…', background_word: '…' });
 * ```
 */
export const alipayOpenSearchBoxactivityApply: ApiDefinition<"alipay.open.search.boxactivity.apply", AlipayOpenSearchBoxactivityApplyRequest, AlipayOpenSearchBoxactivityApplyResult, AlipayOpenSearchBoxactivityApplyErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.search.boxactivity.apply",
  'POST',
  () => ({ action_url: 0, background_word: 0, box_id: 0, end_time: 0, material_id: 0, material_type: 0, merchant_id: 0, oriented_rule: DeliveryOrientedRuleInfoShape, start_time: 0, target_appid: 0, target_appname: 0, target_regions: [DeliveryTargetRegionShape], title: 0, video_info: SearchBoxActivityVideoInfoShape }),
  () => ({ box_activity_id: 0 }),
);
