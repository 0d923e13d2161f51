// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.invoice.enterpriseconsume.enterpriseopenrule.query` (GET /v3/alipay/ebpp/invoice/enterpriseconsume/enterpriseopenrule/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceEnterpriseconsumeEnterpriseopenruleQueryRequest = { enterprise_id: "2088000194958955", invoice_rule_id: "2021032900152710950000000001" };
 * ```
 */
export interface AlipayEbppInvoiceEnterpriseconsumeEnterpriseopenruleQueryRequest {
  /** A query parameter (v3). */
  enterprise_id?: string;
  /** A query parameter (v3). */
  invoice_rule_id?: string;
  /** A query parameter (v3). */
  account_id?: string;
  /** A query parameter (v3). */
  agreement_no?: string;
}

/**
 * The result of `alipay.ebpp.invoice.enterpriseconsume.enterpriseopenrule.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceEnterpriseconsumeEnterpriseopenruleQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceEnterpriseconsumeEnterpriseopenruleQueryResult {
  enterprise_open_rule_info?: EnterpriseOpenRuleInfo;
}

/**
 * The error codes of `alipay.ebpp.invoice.enterpriseconsume.enterpriseopenrule.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceEnterpriseconsumeEnterpriseopenruleQueryErrorCode = "PARAMETER_ILLEGAL";
 * ```
 */
export type AlipayEbppInvoiceEnterpriseconsumeEnterpriseopenruleQueryErrorCode = "PARAMETER_ILLEGAL" | "SYSTEM_ERROR" | "PERMISSION_DENIED" | "INVOICE_RULE_NOT_EXIST" | "REMOTE_SERVICE_ERROR";

/**
 * `EnterpriseOpenRuleInfo`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.enterpriseconsume.enterpriseopenrule.query`).
 *
 * @example
 * ```ts
 * const value: EnterpriseOpenRuleInfo = { enterprise_id: '…', gmt_create: '…' };
 * ```
 */
export interface EnterpriseOpenRuleInfo {
  enterprise_id?: string;
  enterprise_open_rule_record_info_list?: EnterpriseOpenRuleRecordInfo[];
  enterprise_open_rule_relation_info_list?: EnterpriseOpenRuleRelationInfo[];
  gmt_create?: string;
  gmt_modified?: string;
  invoice_rule_id?: string;
  invoice_rule_name?: string;
  owner_id?: string;
  seller_type?: string;
}
const EnterpriseOpenRuleInfoShape = (): object => ({ enterprise_id: 0, enterprise_open_rule_record_info_list: [EnterpriseOpenRuleRecordInfoShape], enterprise_open_rule_relation_info_list: [EnterpriseOpenRuleRelationInfoShape], gmt_create: 0, gmt_modified: 0, invoice_rule_id: 0, invoice_rule_name: 0, owner_id: 0, seller_type: 0 });

/**
 * `EnterpriseOpenRuleRecordInfo`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.enterpriseconsume.enterpriseopenrule.query`).
 *
 * @example
 * ```ts
 * const value: EnterpriseOpenRuleRecordInfo = { bill_month_day: 1, effective_start: '…' };
 * ```
 */
export interface EnterpriseOpenRuleRecordInfo {
  bill_month_day?: number;
  effective_start?: string;
  enterprise_id?: string;
  gmt_create?: string;
  gmt_modified?: string;
  invoice_rule_id?: string;
  invoice_rule_record_id?: string;
  invoice_title_id?: string;
  open_applyer?: string;
  open_mode?: string;
  open_type?: string;
  owner_id?: string;
  tag?: string;
}
const EnterpriseOpenRuleRecordInfoShape = (): object => ({ bill_month_day: 1, effective_start: 0, enterprise_id: 0, gmt_create: 0, gmt_modified: 0, invoice_rule_id: 0, invoice_rule_record_id: 0, invoice_title_id: 0, open_applyer: 0, open_mode: 0, open_type: 0, owner_id: 0, tag: 0 });

/**
 * `EnterpriseOpenRuleRelationInfo`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.enterpriseconsume.enterpriseopenrule.query`).
 *
 * @example
 * ```ts
 * const value: EnterpriseOpenRuleRelationInfo = { enterprise_id: '…', gmt_create: '…' };
 * ```
 */
export interface EnterpriseOpenRuleRelationInfo {
  enterprise_id?: string;
  gmt_create?: string;
  gmt_modified?: string;
  owner_id?: string;
  standard_id?: string;
}
const EnterpriseOpenRuleRelationInfoShape = (): object => ({ enterprise_id: 0, gmt_create: 0, gmt_modified: 0, owner_id: 0, standard_id: 0 });

/**
 * `alipay.ebpp.invoice.enterpriseconsume.enterpriseopenrule.query`: GET /v3/alipay/ebpp/invoice/enterpriseconsume/enterpriseopenrule/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceEnterpriseconsumeEnterpriseopenruleQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceEnterpriseconsumeEnterpriseopenruleQuery, { enterprise_id: "2088000194958955", invoice_rule_id: "2021032900152710950000000001" });
 * ```
 */
export const alipayEbppInvoiceEnterpriseconsumeEnterpriseopenruleQuery: ApiDefinition<"alipay.ebpp.invoice.enterpriseconsume.enterpriseopenrule.query", AlipayEbppInvoiceEnterpriseconsumeEnterpriseopenruleQueryRequest, AlipayEbppInvoiceEnterpriseconsumeEnterpriseopenruleQueryResult, AlipayEbppInvoiceEnterpriseconsumeEnterpriseopenruleQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.enterpriseconsume.enterpriseopenrule.query",
  { verb: 'GET', query: ["enterprise_id", "invoice_rule_id", "account_id", "agreement_no"] },
  () => ({ enterprise_id: 0, invoice_rule_id: 0, account_id: 0, agreement_no: 0 }),
  () => ({ enterprise_open_rule_info: EnterpriseOpenRuleInfoShape }),
);
