// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type DeliveryOrientedRuleInfo, DeliveryOrientedRuleInfoShape } from '../models/DeliveryOrientedRuleInfo.ts';
import { type DeliveryTargetRegion, DeliveryTargetRegionShape } from '../models/DeliveryTargetRegion.ts';
import { type SearchBoxActivityVideoInfo, SearchBoxActivityVideoInfoShape } from '../models/SearchBoxActivityVideoInfo.ts';

/**
 * The request of `alipay.open.search.boxactivity.query` (GET /v3/alipay/open/search/boxactivity/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenSearchBoxactivityQueryRequest = { box_activity_id: "20211223000000100000", merchant_id: "2088xxxxxxxxxxxx" };
 * ```
 */
export interface AlipayOpenSearchBoxactivityQueryRequest {
  /** A query parameter (v3). */
  box_activity_id?: string;
  /** A query parameter (v3). */
  merchant_id?: string;
}

/**
 * The result of `alipay.open.search.boxactivity.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenSearchBoxactivityQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenSearchBoxactivityQueryResult {
  background_word?: string;
  background_word_info?: BackgroundWordInfo;
  box_activity_id?: string;
  box_id?: string;
  end_time?: string;
  fail_reason?: string;
  gmt_modified?: string;
  material_type?: string;
  material_url?: string;
  oriented_rule?: DeliveryOrientedRuleInfo;
  run_status?: string;
  start_time?: string;
  status?: string;
  target_appid?: string;
  target_appname?: string;
  target_regions?: DeliveryTargetRegion[];
  title?: string;
  video_info?: SearchBoxActivityVideoInfo;
}

/**
 * The error codes of `alipay.open.search.boxactivity.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenSearchBoxactivityQueryErrorCode = "INPUT_ARGUMENT_ILLEGAL";
 * ```
 */
export type AlipayOpenSearchBoxactivityQueryErrorCode = "INPUT_ARGUMENT_ILLEGAL" | "INPUT_ARGUMENT_NULL" | "ISV_NOT_AUTH" | "NO_PERMISSION" | "SYSTEM_ERROR";

/**
 * `BackgroundWordInfo`, a model of Alipay's v3 description (in `alipay.open.search.boxactivity.query`).
 *
 * @example
 * ```ts
 * const value: BackgroundWordInfo = { background_word: '…', fail_reason: '…' };
 * ```
 */
export interface BackgroundWordInfo {
  background_word?: string;
  fail_reason?: string;
  status?: string;
}
const BackgroundWordInfoShape = (): object => ({ background_word: 0, fail_reason: 0, status: 0 });

/**
 * `alipay.open.search.boxactivity.query`: GET /v3/alipay/open/search/boxactivity/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenSearchBoxactivityQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenSearchBoxactivityQuery, { box_activity_id: "20211223000000100000", merchant_id: "2088xxxxxxxxxxxx" });
 * ```
 */
export const alipayOpenSearchBoxactivityQuery: ApiDefinition<"alipay.open.search.boxactivity.query", AlipayOpenSearchBoxactivityQueryRequest, AlipayOpenSearchBoxactivityQueryResult, AlipayOpenSearchBoxactivityQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.search.boxactivity.query",
  { verb: 'GET', query: ["box_activity_id", "merchant_id"] },
  () => ({ box_activity_id: 0, merchant_id: 0 }),
  () => ({ background_word: 0, background_word_info: BackgroundWordInfoShape, box_activity_id: 0, box_id: 0, end_time: 0, fail_reason: 0, gmt_modified: 0, material_type: 0, material_url: 0, oriented_rule: DeliveryOrientedRuleInfoShape, run_status: 0, start_time: 0, status: 0, target_appid: 0, target_appname: 0, target_regions: [DeliveryTargetRegionShape], title: 0, video_info: SearchBoxActivityVideoInfoShape }),
);
