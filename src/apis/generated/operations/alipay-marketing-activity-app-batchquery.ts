// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.marketing.activity.app.batchquery` (GET /v3/alipay/marketing/activity/{activity_id}/app/batchquery: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingActivityAppBatchqueryRequest = { activity_id: "2016042700826004508401111111", merchant_id: "2088202967380463" };
 * ```
 */
export interface AlipayMarketingActivityAppBatchqueryRequest {
  /** A path parameter (v3). */
  activity_id: string;
  /** A query parameter (v3). */
  merchant_id?: string;
  /** A query parameter (v3). */
  page_num?: number;
  /** A query parameter (v3). */
  page_size?: string;
  /** A query parameter (v3). */
  merchant_access_mode?: string;
}

/**
 * The result of `alipay.marketing.activity.app.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingActivityAppBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingActivityAppBatchqueryResult {
  activity_id?: string;
  app_infos?: ActivityAppInfo[];
  page_num?: number;
  page_size?: number;
  total_size?: number;
}

/**
 * The error codes of `alipay.marketing.activity.app.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingActivityAppBatchqueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayMarketingActivityAppBatchqueryErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER";

/**
 * `ActivityAppInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.app.batchquery`).
 *
 * @example
 * ```ts
 * const value: ActivityAppInfo = { mini_app_id: '…' };
 * ```
 */
export interface ActivityAppInfo {
  mini_app_id?: string;
}
const ActivityAppInfoShape = (): object => ({ mini_app_id: 0 });

/**
 * `alipay.marketing.activity.app.batchquery`: GET /v3/alipay/marketing/activity/{activity_id}/app/batchquery over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingActivityAppBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingActivityAppBatchquery, { activity_id: "2016042700826004508401111111", merchant_id: "2088202967380463" });
 * ```
 */
export const alipayMarketingActivityAppBatchquery: ApiDefinition<"alipay.marketing.activity.app.batchquery", AlipayMarketingActivityAppBatchqueryRequest, AlipayMarketingActivityAppBatchqueryResult, AlipayMarketingActivityAppBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.activity.app.batchquery",
  { verb: 'GET', path: "/v3/alipay/marketing/activity/{activity_id}/app/batchquery", query: ["merchant_id", "page_num", "page_size", "merchant_access_mode"] },
  () => ({ activity_id: 0, merchant_id: 0, page_num: 1, page_size: 0, merchant_access_mode: 0 }),
  () => ({ activity_id: 0, app_infos: [ActivityAppInfoShape], page_num: 1, page_size: 1, total_size: 1 }),
);
