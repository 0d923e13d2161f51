// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `ant.merchant.expand.item.open.delete` (DELETE /v3/ant/merchant/expand/item/open/delete: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AntMerchantExpandItemOpenDeleteRequest = { item_id: "2019073100702219000000100000" };
 * ```
 */
export interface AntMerchantExpandItemOpenDeleteRequest {
  /** A query parameter (v3). */
  item_id?: string;
}

/**
 * The result of `ant.merchant.expand.item.open.delete`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AntMerchantExpandItemOpenDeleteResult) {
 *   return result;
 * }
 * ```
 */
export type AntMerchantExpandItemOpenDeleteResult = Record<string, never>;

/**
 * The error codes of `ant.merchant.expand.item.open.delete` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AntMerchantExpandItemOpenDeleteErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AntMerchantExpandItemOpenDeleteErrorCode = "SYSTEM_ERROR" | "DB_ERROR" | "ARGUMENT_NULL" | "ITEM_NOT_EXIST" | "NO_PERMISSION" | "ARGUMENT_ILLEGAL";

/**
 * `ant.merchant.expand.item.open.delete`: DELETE /v3/ant/merchant/expand/item/open/delete over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { antMerchantExpandItemOpenDelete } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(antMerchantExpandItemOpenDelete, { item_id: "2019073100702219000000100000" });
 * ```
 */
export const antMerchantExpandItemOpenDelete: ApiDefinition<"ant.merchant.expand.item.open.delete", AntMerchantExpandItemOpenDeleteRequest, AntMerchantExpandItemOpenDeleteResult, AntMerchantExpandItemOpenDeleteErrorCode> = /* @__PURE__ */ operation(
  "ant.merchant.expand.item.open.delete",
  { verb: 'DELETE', query: ["item_id"] },
  () => ({ item_id: 0 }),
  () => ({}),
);
