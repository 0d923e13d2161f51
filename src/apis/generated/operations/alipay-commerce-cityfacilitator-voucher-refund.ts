// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.cityfacilitator.voucher.refund` (POST /v3/alipay/commerce/cityfacilitator/voucher/refund: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceCityfacilitatorVoucherRefundRequest = { city_code: '…', trade_no: '…' };
 * ```
 */
export interface AlipayCommerceCityfacilitatorVoucherRefundRequest {
  city_code?: string;
  trade_no?: string;
}

/**
 * The result of `alipay.commerce.cityfacilitator.voucher.refund`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceCityfacilitatorVoucherRefundResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayCommerceCityfacilitatorVoucherRefundResult = Record<string, never>;

/**
 * The error codes of `alipay.commerce.cityfacilitator.voucher.refund` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceCityfacilitatorVoucherRefundErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayCommerceCityfacilitatorVoucherRefundErrorCode = "SYSTEM_ERROR" | "ILLEGAL_BIZ_PARAMS" | "NO_RIGHT";

/**
 * `alipay.commerce.cityfacilitator.voucher.refund`: POST /v3/alipay/commerce/cityfacilitator/voucher/refund over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceCityfacilitatorVoucherRefund } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceCityfacilitatorVoucherRefund, { city_code: '…', trade_no: '…' });
 * ```
 */
export const alipayCommerceCityfacilitatorVoucherRefund: ApiDefinition<"alipay.commerce.cityfacilitator.voucher.refund", AlipayCommerceCityfacilitatorVoucherRefundRequest, AlipayCommerceCityfacilitatorVoucherRefundResult, AlipayCommerceCityfacilitatorVoucherRefundErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.cityfacilitator.voucher.refund",
  'POST',
  () => ({ city_code: 0, trade_no: 0 }),
  () => ({}),
);
