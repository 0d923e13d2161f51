// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.operation.activity.merchant.unsign` (POST /v3/alipay/commerce/operation/activity/merchant/unsign: no fields).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceOperationActivityMerchantUnsignRequest = {};
 * ```
 */
export type AlipayCommerceOperationActivityMerchantUnsignRequest = Record<string, never>;

/**
 * The result of `alipay.commerce.operation.activity.merchant.unsign`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceOperationActivityMerchantUnsignResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayCommerceOperationActivityMerchantUnsignResult = Record<string, never>;

/**
 * The error codes of `alipay.commerce.operation.activity.merchant.unsign` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceOperationActivityMerchantUnsignErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayCommerceOperationActivityMerchantUnsignErrorCode = "INVALID_PARAMETER" | "BIZ_SYSTEM_ERROR";

/**
 * `alipay.commerce.operation.activity.merchant.unsign`: POST /v3/alipay/commerce/operation/activity/merchant/unsign over v3 (no fields); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceOperationActivityMerchantUnsign } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceOperationActivityMerchantUnsign, {});
 * ```
 */
export const alipayCommerceOperationActivityMerchantUnsign: ApiDefinition<"alipay.commerce.operation.activity.merchant.unsign", AlipayCommerceOperationActivityMerchantUnsignRequest, AlipayCommerceOperationActivityMerchantUnsignResult, AlipayCommerceOperationActivityMerchantUnsignErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.operation.activity.merchant.unsign",
  { verb: 'POST', body: 'none' },
  () => ({}),
  () => ({}),
);
