// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.offline.market.shop.batchquery` (POST /v3/alipay/offline/market/shop/batchquery: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOfflineMarketShopBatchqueryRequest = { biz_channel: '…', page_no: '…' };
 * ```
 */
export interface AlipayOfflineMarketShopBatchqueryRequest {
  biz_channel?: string;
  page_no?: string;
}

/**
 * The result of `alipay.offline.market.shop.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOfflineMarketShopBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOfflineMarketShopBatchqueryResult {
  current_pageno?: string;
  shop_ids?: string[];
  total_pageno?: string;
}

/**
 * The error codes of `alipay.offline.market.shop.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOfflineMarketShopBatchqueryErrorCode = "INVALID_PARAM";
 * ```
 */
export type AlipayOfflineMarketShopBatchqueryErrorCode = "INVALID_PARAM" | "SYSTEM_ERROR";

/**
 * `alipay.offline.market.shop.batchquery`: POST /v3/alipay/offline/market/shop/batchquery over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOfflineMarketShopBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOfflineMarketShopBatchquery, { biz_channel: '…', page_no: '…' });
 * ```
 */
export const alipayOfflineMarketShopBatchquery: ApiDefinition<"alipay.offline.market.shop.batchquery", AlipayOfflineMarketShopBatchqueryRequest, AlipayOfflineMarketShopBatchqueryResult, AlipayOfflineMarketShopBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.offline.market.shop.batchquery",
  'POST',
  () => ({ biz_channel: 0, page_no: 0 }),
  () => ({ current_pageno: 0, shop_ids: [0], total_pageno: 0 }),
);
