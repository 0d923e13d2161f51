// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `ant.merchant.expand.shop.close` (PATCH /v3/ant/merchant/shop/close: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AntMerchantExpandShopCloseRequest = { ip_role_id: '…', shop_id: '…' };
 * ```
 */
export interface AntMerchantExpandShopCloseRequest {
  ip_role_id?: string;
  shop_id?: string;
  store_id?: string;
}

/**
 * The result of `ant.merchant.expand.shop.close`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AntMerchantExpandShopCloseResult) {
 *   return result;
 * }
 * ```
 */
export type AntMerchantExpandShopCloseResult = Record<string, never>;

/**
 * The error codes of `ant.merchant.expand.shop.close` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AntMerchantExpandShopCloseErrorCode = "MER_ARGUMENT_NULL";
 * ```
 */
export type AntMerchantExpandShopCloseErrorCode = "MER_ARGUMENT_NULL" | "SHOP_NOT_EXIST" | "RELATION_NOT_EXIST" | "NOT_ALLOWED_SETTLE" | "MER_ARGUMENT_ILLEGAL" | "THIRD_SYSTEM_ERROR" | "SYSTEM_ERROR";

/**
 * `ant.merchant.expand.shop.close`: PATCH /v3/ant/merchant/shop/close over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { antMerchantExpandShopClose } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(antMerchantExpandShopClose, { ip_role_id: '…', shop_id: '…' });
 * ```
 */
export const antMerchantExpandShopClose: ApiDefinition<"ant.merchant.expand.shop.close", AntMerchantExpandShopCloseRequest, AntMerchantExpandShopCloseResult, AntMerchantExpandShopCloseErrorCode> = /* @__PURE__ */ operation(
  "ant.merchant.expand.shop.close",
  { verb: 'PATCH', path: "/v3/ant/merchant/shop/close" },
  () => ({ ip_role_id: 0, shop_id: 0, store_id: 0 }),
  () => ({}),
);
