// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.cityfacilitator.voucher.generate` (POST /v3/alipay/commerce/cityfacilitator/voucher/generate: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceCityfacilitatorVoucherGenerateRequest = { city_code: '…', site_begin: '…' };
 * ```
 */
export interface AlipayCommerceCityfacilitatorVoucherGenerateRequest {
  city_code?: string;
  site_begin?: string;
  site_end?: string;
  ticket_num?: string;
  ticket_price?: string;
  ticket_type?: string;
  total_fee?: string;
  trade_no?: string;
}

/**
 * The result of `alipay.commerce.cityfacilitator.voucher.generate`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceCityfacilitatorVoucherGenerateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceCityfacilitatorVoucherGenerateResult {
  expired_date?: string;
  qr_code_no?: string;
  ticket_no?: string;
}

/**
 * The error codes of `alipay.commerce.cityfacilitator.voucher.generate` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceCityfacilitatorVoucherGenerateErrorCode = "SUCCESS";
 * ```
 */
export type AlipayCommerceCityfacilitatorVoucherGenerateErrorCode = "SUCCESS" | "SYSTEM_ERROR" | "ILLEGAL_BIZ_PARAMS" | "NO_RIGHT";

/**
 * `alipay.commerce.cityfacilitator.voucher.generate`: POST /v3/alipay/commerce/cityfacilitator/voucher/generate over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceCityfacilitatorVoucherGenerate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceCityfacilitatorVoucherGenerate, { city_code: '…', site_begin: '…' });
 * ```
 */
export const alipayCommerceCityfacilitatorVoucherGenerate: ApiDefinition<"alipay.commerce.cityfacilitator.voucher.generate", AlipayCommerceCityfacilitatorVoucherGenerateRequest, AlipayCommerceCityfacilitatorVoucherGenerateResult, AlipayCommerceCityfacilitatorVoucherGenerateErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.cityfacilitator.voucher.generate",
  'POST',
  () => ({ city_code: 0, site_begin: 0, site_end: 0, ticket_num: 0, ticket_price: 0, ticket_type: 0, total_fee: 0, trade_no: 0 }),
  () => ({ expired_date: 0, qr_code_no: 0, ticket_no: 0 }),
);
