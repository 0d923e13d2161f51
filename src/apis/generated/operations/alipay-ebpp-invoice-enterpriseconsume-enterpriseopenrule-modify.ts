// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.invoice.enterpriseconsume.enterpriseopenrule.modify` (POST /v3/alipay/ebpp/invoice/enterpriseconsume/enterpriseopenrule/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceEnterpriseconsumeEnterpriseopenruleModifyRequest = { account_id: '…', agreement_no: '…' };
 * ```
 */
export interface AlipayEbppInvoiceEnterpriseconsumeEnterpriseopenruleModifyRequest {
  account_id?: string;
  agreement_no?: string;
  enterprise_id?: string;
  invoice_rule_id?: string;
  invoice_rule_name?: string;
  invoice_title_id?: string;
  receive_address?: string;
  receive_name?: string;
  receive_phone?: string;
  seller_type?: string;
}

/**
 * The result of `alipay.ebpp.invoice.enterpriseconsume.enterpriseopenrule.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceEnterpriseconsumeEnterpriseopenruleModifyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceEnterpriseconsumeEnterpriseopenruleModifyResult {
  success?: boolean;
}

/**
 * The error codes of `alipay.ebpp.invoice.enterpriseconsume.enterpriseopenrule.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceEnterpriseconsumeEnterpriseopenruleModifyErrorCode = "PARAMETER_ILLEGAL";
 * ```
 */
export type AlipayEbppInvoiceEnterpriseconsumeEnterpriseopenruleModifyErrorCode = "PARAMETER_ILLEGAL" | "SYSTEM_ERROR" | "PERMISSION_DENIED" | "ENTERPRISE_TITLE_NOT_EXISTS" | "INVOICE_RULE_NAME_EXIST" | "INVOICE_RULE_NOT_EXIST" | "INVOICE_RULE_NAME_TOO_LONG" | "INVOICE_RULE_NAME_ILLEGAL" | "INVOICE_RULE_MODIFIED_FAIL" | "BIZ_ERROR" | "INVOICE_RULE_FUTURE_EXIST";

/**
 * `alipay.ebpp.invoice.enterpriseconsume.enterpriseopenrule.modify`: POST /v3/alipay/ebpp/invoice/enterpriseconsume/enterpriseopenrule/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceEnterpriseconsumeEnterpriseopenruleModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceEnterpriseconsumeEnterpriseopenruleModify, { account_id: '…', agreement_no: '…' });
 * ```
 */
export const alipayEbppInvoiceEnterpriseconsumeEnterpriseopenruleModify: ApiDefinition<"alipay.ebpp.invoice.enterpriseconsume.enterpriseopenrule.modify", AlipayEbppInvoiceEnterpriseconsumeEnterpriseopenruleModifyRequest, AlipayEbppInvoiceEnterpriseconsumeEnterpriseopenruleModifyResult, AlipayEbppInvoiceEnterpriseconsumeEnterpriseopenruleModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.enterpriseconsume.enterpriseopenrule.modify",
  'POST',
  () => ({ account_id: 0, agreement_no: 0, enterprise_id: 0, invoice_rule_id: 0, invoice_rule_name: 0, invoice_title_id: 0, receive_address: 0, receive_name: 0, receive_phone: 0, seller_type: 0 }),
  () => ({ success: 2 }),
);
