// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.invoice.issuerule.modify` (POST /v3/alipay/ebpp/invoice/issuerule/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceIssueruleModifyRequest = { account_id: '…', action: '…' };
 * ```
 */
export interface AlipayEbppInvoiceIssueruleModifyRequest {
  /** @deprecated */
  account_id?: string;
  action?: string;
  /** @deprecated */
  agreement_no?: string;
  effective?: string;
  effective_period?: string;
  enterprise_id?: string;
  invalid_mode?: number;
  invalid_mode_value?: string;
  issue_amount_value?: string;
  issue_end_date?: string;
  issue_rule_id?: string;
  issue_rule_name?: string;
  issue_start_date?: string;
  issue_type?: string;
  quota_type?: string;
  share_mode?: number;
  target_id?: string;
  target_type?: string;
}

/**
 * The result of `alipay.ebpp.invoice.issuerule.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceIssueruleModifyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceIssueruleModifyResult {
  result?: boolean;
}

/**
 * The error codes of `alipay.ebpp.invoice.issuerule.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceIssueruleModifyErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEbppInvoiceIssueruleModifyErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "PERMISSION_DENIED" | "SENSITIVE_CHECK_FAIL";

/**
 * `alipay.ebpp.invoice.issuerule.modify`: POST /v3/alipay/ebpp/invoice/issuerule/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceIssueruleModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceIssueruleModify, { account_id: '…', action: '…' });
 * ```
 */
export const alipayEbppInvoiceIssueruleModify: ApiDefinition<"alipay.ebpp.invoice.issuerule.modify", AlipayEbppInvoiceIssueruleModifyRequest, AlipayEbppInvoiceIssueruleModifyResult, AlipayEbppInvoiceIssueruleModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.issuerule.modify",
  'POST',
  () => ({ account_id: 0, action: 0, agreement_no: 0, effective: 0, effective_period: 0, enterprise_id: 0, invalid_mode: 1, invalid_mode_value: 0, issue_amount_value: 0, issue_end_date: 0, issue_rule_id: 0, issue_rule_name: 0, issue_start_date: 0, issue_type: 0, quota_type: 0, share_mode: 1, target_id: 0, target_type: 0 }),
  () => ({ result: 2 }),
);
