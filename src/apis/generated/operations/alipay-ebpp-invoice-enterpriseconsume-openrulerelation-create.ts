// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.invoice.enterpriseconsume.openrulerelation.create` (POST /v3/alipay/ebpp/invoice/enterpriseconsume/openrulerelation/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceEnterpriseconsumeOpenrulerelationCreateRequest = { account_id: '…', agreement_no: '…' };
 * ```
 */
export interface AlipayEbppInvoiceEnterpriseconsumeOpenrulerelationCreateRequest {
  account_id?: string;
  agreement_no?: string;
  enterprise_id?: string;
  invoice_rule_id?: string;
  standard_id_list?: string[];
}

/**
 * The result of `alipay.ebpp.invoice.enterpriseconsume.openrulerelation.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceEnterpriseconsumeOpenrulerelationCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceEnterpriseconsumeOpenrulerelationCreateResult {
  success?: boolean;
}

/**
 * The error codes of `alipay.ebpp.invoice.enterpriseconsume.openrulerelation.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceEnterpriseconsumeOpenrulerelationCreateErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEbppInvoiceEnterpriseconsumeOpenrulerelationCreateErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "PERMISSION_DENIED" | "BIND_RELATION_ERROR" | "INVOICE_RULE_NOT_EXIST" | "GROUP_NOT_EXIST" | "EXPENSE_INVOICE_RULE_EXIST" | "PARAMETER_ILLEGAL" | "REMOTE_SERVICE_ERROR";

/**
 * `alipay.ebpp.invoice.enterpriseconsume.openrulerelation.create`: POST /v3/alipay/ebpp/invoice/enterpriseconsume/openrulerelation/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceEnterpriseconsumeOpenrulerelationCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceEnterpriseconsumeOpenrulerelationCreate, { account_id: '…', agreement_no: '…' });
 * ```
 */
export const alipayEbppInvoiceEnterpriseconsumeOpenrulerelationCreate: ApiDefinition<"alipay.ebpp.invoice.enterpriseconsume.openrulerelation.create", AlipayEbppInvoiceEnterpriseconsumeOpenrulerelationCreateRequest, AlipayEbppInvoiceEnterpriseconsumeOpenrulerelationCreateResult, AlipayEbppInvoiceEnterpriseconsumeOpenrulerelationCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.enterpriseconsume.openrulerelation.create",
  'POST',
  () => ({ account_id: 0, agreement_no: 0, enterprise_id: 0, invoice_rule_id: 0, standard_id_list: [0] }),
  () => ({ success: 2 }),
);
