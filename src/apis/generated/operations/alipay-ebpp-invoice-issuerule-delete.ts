// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.invoice.issuerule.delete` (POST /v3/alipay/ebpp/invoice/issuerule/delete: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceIssueruleDeleteRequest = { account_id: '…', agreement_no: '…' };
 * ```
 */
export interface AlipayEbppInvoiceIssueruleDeleteRequest {
  /** @deprecated */
  account_id?: string;
  /** @deprecated */
  agreement_no?: string;
  enterprise_id?: string;
  issue_rule_id_list?: string[];
  target_id?: string;
  target_type?: string;
}

/**
 * The result of `alipay.ebpp.invoice.issuerule.delete`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceIssueruleDeleteResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceIssueruleDeleteResult {
  result?: boolean;
}

/**
 * The error codes of `alipay.ebpp.invoice.issuerule.delete` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceIssueruleDeleteErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEbppInvoiceIssueruleDeleteErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "PERMISSION_DENIED";

/**
 * `alipay.ebpp.invoice.issuerule.delete`: POST /v3/alipay/ebpp/invoice/issuerule/delete over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceIssueruleDelete } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceIssueruleDelete, { account_id: '…', agreement_no: '…' });
 * ```
 */
export const alipayEbppInvoiceIssueruleDelete: ApiDefinition<"alipay.ebpp.invoice.issuerule.delete", AlipayEbppInvoiceIssueruleDeleteRequest, AlipayEbppInvoiceIssueruleDeleteResult, AlipayEbppInvoiceIssueruleDeleteErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.issuerule.delete",
  'POST',
  () => ({ account_id: 0, agreement_no: 0, enterprise_id: 0, issue_rule_id_list: [0], target_id: 0, target_type: 0 }),
  () => ({ result: 2 }),
);
