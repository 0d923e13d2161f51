// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `ant.merchant.expand.item.delete` (DELETE /v3/ant/merchant/expand/item/delete: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AntMerchantExpandItemDeleteRequest = { item_id: "2018091300502200002600104169", external_item_id: "20190916123124123123123" };
 * ```
 */
export interface AntMerchantExpandItemDeleteRequest {
  /** A query parameter (v3). */
  item_id?: string;
  /** A query parameter (v3). */
  external_item_id?: string;
}

/**
 * The result of `ant.merchant.expand.item.delete`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AntMerchantExpandItemDeleteResult) {
 *   return result;
 * }
 * ```
 */
export interface AntMerchantExpandItemDeleteResult {
  item_id?: string;
}

/**
 * The error codes of `ant.merchant.expand.item.delete` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AntMerchantExpandItemDeleteErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AntMerchantExpandItemDeleteErrorCode = "SYSTEM_ERROR" | "DB_ERROR" | "ARGUMENT_NULL" | "ITEM_NOT_EXIST";

/**
 * `ant.merchant.expand.item.delete`: DELETE /v3/ant/merchant/expand/item/delete over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { antMerchantExpandItemDelete } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(antMerchantExpandItemDelete, { item_id: "2018091300502200002600104169", external_item_id: "20190916123124123123123" });
 * ```
 */
export const antMerchantExpandItemDelete: ApiDefinition<"ant.merchant.expand.item.delete", AntMerchantExpandItemDeleteRequest, AntMerchantExpandItemDeleteResult, AntMerchantExpandItemDeleteErrorCode> = /* @__PURE__ */ operation(
  "ant.merchant.expand.item.delete",
  { verb: 'DELETE', query: ["item_id", "external_item_id"] },
  () => ({ item_id: 0, external_item_id: 0 }),
  () => ({ item_id: 0 }),
);
