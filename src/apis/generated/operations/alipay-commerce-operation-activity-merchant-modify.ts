// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.operation.activity.merchant.modify` (POST /v3/alipay/commerce/operation/activity/merchant/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceOperationActivityMerchantModifyRequest = { consumption_threshold: 1, discount_amount: 1 };
 * ```
 */
export interface AlipayCommerceOperationActivityMerchantModifyRequest {
  consumption_threshold?: number;
  discount_amount?: number;
  type?: string;
}

/**
 * The result of `alipay.commerce.operation.activity.merchant.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceOperationActivityMerchantModifyResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayCommerceOperationActivityMerchantModifyResult = Record<string, never>;

/**
 * The error codes of `alipay.commerce.operation.activity.merchant.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceOperationActivityMerchantModifyErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayCommerceOperationActivityMerchantModifyErrorCode = "INVALID_PARAMETER" | "BIZ_SYSTEM_ERROR";

/**
 * `alipay.commerce.operation.activity.merchant.modify`: POST /v3/alipay/commerce/operation/activity/merchant/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceOperationActivityMerchantModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceOperationActivityMerchantModify, { consumption_threshold: 1, discount_amount: 1 });
 * ```
 */
export const alipayCommerceOperationActivityMerchantModify: ApiDefinition<"alipay.commerce.operation.activity.merchant.modify", AlipayCommerceOperationActivityMerchantModifyRequest, AlipayCommerceOperationActivityMerchantModifyResult, AlipayCommerceOperationActivityMerchantModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.operation.activity.merchant.modify",
  'POST',
  () => ({ consumption_threshold: 1, discount_amount: 1, type: 0 }),
  () => ({}),
);
