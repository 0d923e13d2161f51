// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type CmItemInfo, CmItemInfoShape } from '../models/CmItemInfo.ts';

/**
 * The request of `ant.merchant.expand.item.open.query` (GET /v3/ant/merchant/expand/item/open/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AntMerchantExpandItemOpenQueryRequest = { target_id: "2018090600502000000022501261", scene: "APP_ORDER" };
 * ```
 */
export interface AntMerchantExpandItemOpenQueryRequest {
  /** A query parameter (v3). */
  target_id?: string;
  /** A query parameter (v3). */
  scene?: string;
  /** A query parameter (v3). */
  target_type?: string;
  /** A query parameter (v3). */
  status?: string;
}

/**
 * The result of `ant.merchant.expand.item.open.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AntMerchantExpandItemOpenQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AntMerchantExpandItemOpenQueryResult {
  item_list?: CmItemInfo[];
}

/**
 * The error codes of `ant.merchant.expand.item.open.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AntMerchantExpandItemOpenQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AntMerchantExpandItemOpenQueryErrorCode = "SYSTEM_ERROR" | "DB_ERROR" | "ARGUMENT_NULL" | "ARGUMENT_ILLEGAL" | "NO_PERMISSION";

/**
 * `ant.merchant.expand.item.open.query`: GET /v3/ant/merchant/expand/item/open/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { antMerchantExpandItemOpenQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(antMerchantExpandItemOpenQuery, { target_id: "2018090600502000000022501261", scene: "APP_ORDER" });
 * ```
 */
export const antMerchantExpandItemOpenQuery: ApiDefinition<"ant.merchant.expand.item.open.query", AntMerchantExpandItemOpenQueryRequest, AntMerchantExpandItemOpenQueryResult, AntMerchantExpandItemOpenQueryErrorCode> = /* @__PURE__ */ operation(
  "ant.merchant.expand.item.open.query",
  { verb: 'GET', query: ["target_id", "scene", "target_type", "status"] },
  () => ({ target_id: 0, scene: 0, target_type: 0, status: 0 }),
  () => ({ item_list: [CmItemInfoShape] }),
);
