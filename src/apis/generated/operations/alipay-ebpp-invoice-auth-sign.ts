// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.invoice.auth.sign` (POST /v3/alipay/ebpp/invoice/auth/sign: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceAuthSignRequest = { authorization_type: '…', extend_fields: '…' };
 * ```
 */
export interface AlipayEbppInvoiceAuthSignRequest {
  authorization_type?: string;
  extend_fields?: string;
  m_short_name?: string;
  open_id?: string;
  user_id?: string;
}

/**
 * The result of `alipay.ebpp.invoice.auth.sign`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceAuthSignResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayEbppInvoiceAuthSignResult = Record<string, never>;

/**
 * The error codes of `alipay.ebpp.invoice.auth.sign` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceAuthSignErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayEbppInvoiceAuthSignErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER";

/**
 * `alipay.ebpp.invoice.auth.sign`: POST /v3/alipay/ebpp/invoice/auth/sign over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceAuthSign } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceAuthSign, { authorization_type: '…', extend_fields: '…' });
 * ```
 */
export const alipayEbppInvoiceAuthSign: ApiDefinition<"alipay.ebpp.invoice.auth.sign", AlipayEbppInvoiceAuthSignRequest, AlipayEbppInvoiceAuthSignResult, AlipayEbppInvoiceAuthSignErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.auth.sign",
  'POST',
  () => ({ authorization_type: 0, extend_fields: 0, m_short_name: 0, open_id: 0, user_id: 0 }),
  () => ({}),
);
