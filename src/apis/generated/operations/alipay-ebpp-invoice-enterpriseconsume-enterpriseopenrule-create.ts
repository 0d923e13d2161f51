// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.invoice.enterpriseconsume.enterpriseopenrule.create` (POST /v3/alipay/ebpp/invoice/enterpriseconsume/enterpriseopenrule/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceEnterpriseconsumeEnterpriseopenruleCreateRequest = { account_id: '…', agreement_no: '…' };
 * ```
 */
export interface AlipayEbppInvoiceEnterpriseconsumeEnterpriseopenruleCreateRequest {
  account_id?: string;
  agreement_no?: string;
  bill_month_day?: number;
  enterprise_id?: string;
  invoice_rule_name?: string;
  invoice_title_id?: string;
  open_mode?: string;
  receive_address?: string;
  receive_name?: string;
  receive_phone?: string;
  seller_type?: string;
  tag?: string;
}

/**
 * The result of `alipay.ebpp.invoice.enterpriseconsume.enterpriseopenrule.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceEnterpriseconsumeEnterpriseopenruleCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceEnterpriseconsumeEnterpriseopenruleCreateResult {
  invoice_rule_id?: string;
}

/**
 * The error codes of `alipay.ebpp.invoice.enterpriseconsume.enterpriseopenrule.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceEnterpriseconsumeEnterpriseopenruleCreateErrorCode = "PARAMETER_ILLEGAL";
 * ```
 */
export type AlipayEbppInvoiceEnterpriseconsumeEnterpriseopenruleCreateErrorCode = "PARAMETER_ILLEGAL" | "SYSTEM_ERROR" | "PERMISSION_DENIED" | "ENTERPRISE_TITLE_NOT_EXISTS" | "INVOICE_RULE_NAME_EXIST" | "INVOICE_RULE_NAME_TOO_LONG" | "INVOICE_RULE_NAME_ILLEGAL" | "BILL_MONTH_DAY_ILLEGAL" | "BIZ_ERROR" | "REMOTE_SERVICE_ERROR";

/**
 * `alipay.ebpp.invoice.enterpriseconsume.enterpriseopenrule.create`: POST /v3/alipay/ebpp/invoice/enterpriseconsume/enterpriseopenrule/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceEnterpriseconsumeEnterpriseopenruleCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceEnterpriseconsumeEnterpriseopenruleCreate, { account_id: '…', agreement_no: '…' });
 * ```
 */
export const alipayEbppInvoiceEnterpriseconsumeEnterpriseopenruleCreate: ApiDefinition<"alipay.ebpp.invoice.enterpriseconsume.enterpriseopenrule.create", AlipayEbppInvoiceEnterpriseconsumeEnterpriseopenruleCreateRequest, AlipayEbppInvoiceEnterpriseconsumeEnterpriseopenruleCreateResult, AlipayEbppInvoiceEnterpriseconsumeEnterpriseopenruleCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.enterpriseconsume.enterpriseopenrule.create",
  'POST',
  () => ({ account_id: 0, agreement_no: 0, bill_month_day: 1, enterprise_id: 0, invoice_rule_name: 0, invoice_title_id: 0, open_mode: 0, receive_address: 0, receive_name: 0, receive_phone: 0, seller_type: 0, tag: 0 }),
  () => ({ invoice_rule_id: 0 }),
);
