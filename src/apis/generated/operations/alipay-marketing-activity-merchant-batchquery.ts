// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.marketing.activity.merchant.batchquery` (GET /v3/alipay/marketing/activity/{activity_id}/merchant/batchquery: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingActivityMerchantBatchqueryRequest = { activity_id: "2016042700826004508401111111", merchant_id: "2088202967380463" };
 * ```
 */
export interface AlipayMarketingActivityMerchantBatchqueryRequest {
  /** A path parameter (v3). */
  activity_id: string;
  /** A query parameter (v3). */
  merchant_id?: string;
  /** A query parameter (v3). */
  page_num?: number;
  /** A query parameter (v3). */
  page_size?: number;
  /** A query parameter (v3). */
  merchant_access_mode?: string;
}

/**
 * The result of `alipay.marketing.activity.merchant.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingActivityMerchantBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingActivityMerchantBatchqueryResult {
  activity_id?: string;
  merchant_infos?: ActivityMerchantInfo[];
  page_num?: number;
  page_size?: number;
  total_size?: number;
}

/**
 * The error codes of `alipay.marketing.activity.merchant.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingActivityMerchantBatchqueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayMarketingActivityMerchantBatchqueryErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER";

/**
 * `ActivityMerchantInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.merchant.batchquery`).
 *
 * @example
 * ```ts
 * const value: ActivityMerchantInfo = { merchant_id: '…', merchant_id_type: '…' };
 * ```
 */
export interface ActivityMerchantInfo {
  merchant_id?: string;
  merchant_id_type?: string;
}
const ActivityMerchantInfoShape = (): object => ({ merchant_id: 0, merchant_id_type: 0 });

/**
 * `alipay.marketing.activity.merchant.batchquery`: GET /v3/alipay/marketing/activity/{activity_id}/merchant/batchquery over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingActivityMerchantBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingActivityMerchantBatchquery, { activity_id: "2016042700826004508401111111", merchant_id: "2088202967380463" });
 * ```
 */
export const alipayMarketingActivityMerchantBatchquery: ApiDefinition<"alipay.marketing.activity.merchant.batchquery", AlipayMarketingActivityMerchantBatchqueryRequest, AlipayMarketingActivityMerchantBatchqueryResult, AlipayMarketingActivityMerchantBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.activity.merchant.batchquery",
  { verb: 'GET', path: "/v3/alipay/marketing/activity/{activity_id}/merchant/batchquery", query: ["merchant_id", "page_num", "page_size", "merchant_access_mode"] },
  () => ({ activity_id: 0, merchant_id: 0, page_num: 1, page_size: 1, merchant_access_mode: 0 }),
  () => ({ activity_id: 0, merchant_infos: [ActivityMerchantInfoShape], page_num: 1, page_size: 1, total_size: 1 }),
);
