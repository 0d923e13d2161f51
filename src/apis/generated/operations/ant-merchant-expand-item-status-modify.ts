// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `ant.merchant.expand.item.status.modify` (POST /v3/ant/merchant/expand/item/status/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AntMerchantExpandItemStatusModifyRequest = { item_id: '…', status: '…' };
 * ```
 */
export interface AntMerchantExpandItemStatusModifyRequest {
  item_id?: string;
  status?: string;
}

/**
 * The result of `ant.merchant.expand.item.status.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AntMerchantExpandItemStatusModifyResult) {
 *   return result;
 * }
 * ```
 */
export interface AntMerchantExpandItemStatusModifyResult {
  item_id?: string;
}

/**
 * The error codes of `ant.merchant.expand.item.status.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AntMerchantExpandItemStatusModifyErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AntMerchantExpandItemStatusModifyErrorCode = "SYSTEM_ERROR" | "DB_ERROR" | "ARGUMENT_NULL" | "ITEM_NOT_EXIST" | "ITEM_ERROR_STATUS";

/**
 * `ant.merchant.expand.item.status.modify`: POST /v3/ant/merchant/expand/item/status/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { antMerchantExpandItemStatusModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(antMerchantExpandItemStatusModify, { item_id: '…', status: '…' });
 * ```
 */
export const antMerchantExpandItemStatusModify: ApiDefinition<"ant.merchant.expand.item.status.modify", AntMerchantExpandItemStatusModifyRequest, AntMerchantExpandItemStatusModifyResult, AntMerchantExpandItemStatusModifyErrorCode> = /* @__PURE__ */ operation(
  "ant.merchant.expand.item.status.modify",
  'POST',
  () => ({ item_id: 0, status: 0 }),
  () => ({ item_id: 0 }),
);
