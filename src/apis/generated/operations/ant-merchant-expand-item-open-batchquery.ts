// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type CmItemInfo, CmItemInfoShape } from '../models/CmItemInfo.ts';

/**
 * The request of `ant.merchant.expand.item.open.batchquery` (POST /v3/ant/merchant/expand/item/open/batchquery: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AntMerchantExpandItemOpenBatchqueryRequest = {};
 * ```
 */
export interface AntMerchantExpandItemOpenBatchqueryRequest {
  item_id_list?: string[];
}

/**
 * The result of `ant.merchant.expand.item.open.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AntMerchantExpandItemOpenBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AntMerchantExpandItemOpenBatchqueryResult {
  item_list?: CmItemInfo[];
}

/**
 * The error codes of `ant.merchant.expand.item.open.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AntMerchantExpandItemOpenBatchqueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AntMerchantExpandItemOpenBatchqueryErrorCode = "SYSTEM_ERROR" | "DB_ERROR" | "ARGUMENT_NULL" | "ARGUMENT_ILLEGAL" | "NO_PERMISSION";

/**
 * `ant.merchant.expand.item.open.batchquery`: POST /v3/ant/merchant/expand/item/open/batchquery over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { antMerchantExpandItemOpenBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(antMerchantExpandItemOpenBatchquery, {});
 * ```
 */
export const antMerchantExpandItemOpenBatchquery: ApiDefinition<"ant.merchant.expand.item.open.batchquery", AntMerchantExpandItemOpenBatchqueryRequest, AntMerchantExpandItemOpenBatchqueryResult, AntMerchantExpandItemOpenBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "ant.merchant.expand.item.open.batchquery",
  'POST',
  () => ({ item_id_list: [0] }),
  () => ({ item_list: [CmItemInfoShape] }),
);
