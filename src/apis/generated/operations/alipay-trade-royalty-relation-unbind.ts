// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type RoyaltyEntity, RoyaltyEntityShape } from '../models/RoyaltyEntity.ts';

/**
 * The request of `alipay.trade.royalty.relation.unbind` (POST /v3/alipay/trade/royalty/relation/unbind: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayTradeRoyaltyRelationUnbindRequest = { out_request_no: '…' };
 * ```
 */
export interface AlipayTradeRoyaltyRelationUnbindRequest {
  out_request_no?: string;
  receiver_list?: RoyaltyEntity[];
}

/**
 * The result of `alipay.trade.royalty.relation.unbind`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayTradeRoyaltyRelationUnbindResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayTradeRoyaltyRelationUnbindResult {
  result_code?: string;
}

/**
 * The error codes of `alipay.trade.royalty.relation.unbind` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayTradeRoyaltyRelationUnbindErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayTradeRoyaltyRelationUnbindErrorCode = "INVALID_PARAMETER" | "PRODUCT_UNSIGN" | "USER_NOT_EXIST" | "SYSTEM_ERROR" | "RECEIVER_LIST_EMPTY" | "RECEIVER_LIST_OVERLOAD" | "INVALID_RECEIVER_TYPE" | "USERNAME_NOT_MATCH";

/**
 * `alipay.trade.royalty.relation.unbind`: POST /v3/alipay/trade/royalty/relation/unbind over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayTradeRoyaltyRelationUnbind } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayTradeRoyaltyRelationUnbind, { out_request_no: '…' });
 * ```
 */
export const alipayTradeRoyaltyRelationUnbind: ApiDefinition<"alipay.trade.royalty.relation.unbind", AlipayTradeRoyaltyRelationUnbindRequest, AlipayTradeRoyaltyRelationUnbindResult, AlipayTradeRoyaltyRelationUnbindErrorCode> = /* @__PURE__ */ operation(
  "alipay.trade.royalty.relation.unbind",
  'POST',
  () => ({ out_request_no: 0, receiver_list: [RoyaltyEntityShape] }),
  () => ({ result_code: 0 }),
);
