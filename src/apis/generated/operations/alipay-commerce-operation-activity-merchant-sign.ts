// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.operation.activity.merchant.sign` (POST /v3/alipay/commerce/operation/activity/merchant/sign: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceOperationActivityMerchantSignRequest = { consumption_threshold: 1, discount_amount: 1 };
 * ```
 */
export interface AlipayCommerceOperationActivityMerchantSignRequest {
  consumption_threshold?: number;
  discount_amount?: number;
  type?: string;
}

/**
 * The result of `alipay.commerce.operation.activity.merchant.sign`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceOperationActivityMerchantSignResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayCommerceOperationActivityMerchantSignResult = Record<string, never>;

/**
 * The error codes of `alipay.commerce.operation.activity.merchant.sign` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceOperationActivityMerchantSignErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayCommerceOperationActivityMerchantSignErrorCode = "INVALID_PARAMETER" | "BIZ_SYSTEM_ERROR";

/**
 * `alipay.commerce.operation.activity.merchant.sign`: POST /v3/alipay/commerce/operation/activity/merchant/sign over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceOperationActivityMerchantSign } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceOperationActivityMerchantSign, { consumption_threshold: 1, discount_amount: 1 });
 * ```
 */
export const alipayCommerceOperationActivityMerchantSign: ApiDefinition<"alipay.commerce.operation.activity.merchant.sign", AlipayCommerceOperationActivityMerchantSignRequest, AlipayCommerceOperationActivityMerchantSignResult, AlipayCommerceOperationActivityMerchantSignErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.operation.activity.merchant.sign",
  'POST',
  () => ({ consumption_threshold: 1, discount_amount: 1, type: 0 }),
  () => ({}),
);
