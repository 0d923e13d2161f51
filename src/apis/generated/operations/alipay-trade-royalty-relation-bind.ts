// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type RoyaltyEntity, RoyaltyEntityShape } from '../models/RoyaltyEntity.ts';

/**
 * The request of `alipay.trade.royalty.relation.bind` (POST /v3/alipay/trade/royalty/relation/bind: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayTradeRoyaltyRelationBindRequest = { out_request_no: '…' };
 * ```
 */
export interface AlipayTradeRoyaltyRelationBindRequest {
  out_request_no?: string;
  receiver_list?: RoyaltyEntity[];
}

/**
 * The result of `alipay.trade.royalty.relation.bind`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayTradeRoyaltyRelationBindResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayTradeRoyaltyRelationBindResult {
  result_code?: string;
}

/**
 * The error codes of `alipay.trade.royalty.relation.bind` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayTradeRoyaltyRelationBindErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayTradeRoyaltyRelationBindErrorCode = "INVALID_PARAMETER" | "RELATION_QUANTITY_LIMIT" | "PRODUCT_UNSIGN" | "USER_NOT_EXIST" | "SYSTEM_ERROR" | "RECEIVER_LIST_EMPTY" | "RECEIVER_LIST_OVERLOAD" | "INVALID_RECEIVER_TYPE" | "USERNAME_NOT_MATCH" | "RECEIVER_ACCOUNT_NOT_CERTIFY" | "RECEIVER_ACCOUNT_NO_BALANCE" | "RECEIVER_ACCOUNT_STATE_INVALID" | "OPENID_APPID_NOT_MATCH";

/**
 * `alipay.trade.royalty.relation.bind`: POST /v3/alipay/trade/royalty/relation/bind over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayTradeRoyaltyRelationBind } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayTradeRoyaltyRelationBind, { out_request_no: '…' });
 * ```
 */
export const alipayTradeRoyaltyRelationBind: ApiDefinition<"alipay.trade.royalty.relation.bind", AlipayTradeRoyaltyRelationBindRequest, AlipayTradeRoyaltyRelationBindResult, AlipayTradeRoyaltyRelationBindErrorCode> = /* @__PURE__ */ operation(
  "alipay.trade.royalty.relation.bind",
  'POST',
  () => ({ out_request_no: 0, receiver_list: [RoyaltyEntityShape] }),
  () => ({ result_code: 0 }),
);
