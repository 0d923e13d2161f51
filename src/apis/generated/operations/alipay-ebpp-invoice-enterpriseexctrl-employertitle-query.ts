// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type EnterpriseTitleInfo, EnterpriseTitleInfoShape } from '../models/EnterpriseTitleInfo.ts';

/**
 * The request of `alipay.ebpp.invoice.enterpriseexctrl.employertitle.query` (GET /v3/alipay/ebpp/invoice/enterpriseexctrl/employertitle/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceEnterpriseexctrlEmployertitleQueryRequest = { account_id: "2088000194958956", enterprise_id: "2088123412341234" };
 * ```
 */
export interface AlipayEbppInvoiceEnterpriseexctrlEmployertitleQueryRequest {
  /** A query parameter (v3). */
  account_id?: string;
  /** A query parameter (v3). */
  enterprise_id?: string;
  /** A query parameter (v3). */
  agreement_no?: string;
  /** A query parameter (v3). */
  title_id?: string;
  /** A query parameter (v3). */
  tax_register_no?: string;
}

/**
 * The result of `alipay.ebpp.invoice.enterpriseexctrl.employertitle.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceEnterpriseexctrlEmployertitleQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceEnterpriseexctrlEmployertitleQueryResult {
  code?: string;
  msg?: string;
  title_code?: string;
  title_info?: EnterpriseTitleInfo;
}

/**
 * The error codes of `alipay.ebpp.invoice.enterpriseexctrl.employertitle.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceEnterpriseexctrlEmployertitleQueryErrorCode = "PERMISSION_DENIED";
 * ```
 */
export type AlipayEbppInvoiceEnterpriseexctrlEmployertitleQueryErrorCode = "PERMISSION_DENIED" | "SYSTEM_ERROR" | "PARAMETER_ILLEGAL";

/**
 * `alipay.ebpp.invoice.enterpriseexctrl.employertitle.query`: GET /v3/alipay/ebpp/invoice/enterpriseexctrl/employertitle/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceEnterpriseexctrlEmployertitleQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceEnterpriseexctrlEmployertitleQuery, { account_id: "2088000194958956", enterprise_id: "2088123412341234" });
 * ```
 */
export const alipayEbppInvoiceEnterpriseexctrlEmployertitleQuery: ApiDefinition<"alipay.ebpp.invoice.enterpriseexctrl.employertitle.query", AlipayEbppInvoiceEnterpriseexctrlEmployertitleQueryRequest, AlipayEbppInvoiceEnterpriseexctrlEmployertitleQueryResult, AlipayEbppInvoiceEnterpriseexctrlEmployertitleQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.enterpriseexctrl.employertitle.query",
  { verb: 'GET', query: ["account_id", "enterprise_id", "agreement_no", "title_id", "tax_register_no"] },
  () => ({ account_id: 0, enterprise_id: 0, agreement_no: 0, title_id: 0, tax_register_no: 0 }),
  () => ({ code: 0, msg: 0, title_code: 0, title_info: EnterpriseTitleInfoShape }),
);
