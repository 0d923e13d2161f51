// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.invoice.auth.unsign` (POST /v3/alipay/ebpp/invoice/auth/unsign: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceAuthUnsignRequest = { authorization_type: '…', extend_fields: '…' };
 * ```
 */
export interface AlipayEbppInvoiceAuthUnsignRequest {
  authorization_type?: string;
  extend_fields?: string;
  m_short_name?: string;
  open_id?: string;
  user_id?: string;
}

/**
 * The result of `alipay.ebpp.invoice.auth.unsign`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceAuthUnsignResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayEbppInvoiceAuthUnsignResult = Record<string, never>;

/**
 * The error codes of `alipay.ebpp.invoice.auth.unsign` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceAuthUnsignErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayEbppInvoiceAuthUnsignErrorCode = "SYSTEM_ERROR" | "RECORD_NOT_EXIST" | "INVALID_PARAMETER";

/**
 * `alipay.ebpp.invoice.auth.unsign`: POST /v3/alipay/ebpp/invoice/auth/unsign over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceAuthUnsign } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceAuthUnsign, { authorization_type: '…', extend_fields: '…' });
 * ```
 */
export const alipayEbppInvoiceAuthUnsign: ApiDefinition<"alipay.ebpp.invoice.auth.unsign", AlipayEbppInvoiceAuthUnsignRequest, AlipayEbppInvoiceAuthUnsignResult, AlipayEbppInvoiceAuthUnsignErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.auth.unsign",
  'POST',
  () => ({ authorization_type: 0, extend_fields: 0, m_short_name: 0, open_id: 0, user_id: 0 }),
  () => ({}),
);
