// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.invoice.enterpriseexctrl.employertitle.modify` (PUT /v3/alipay/ebpp/invoice/enterpriseexctrl/employertitle: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceEnterpriseexctrlEmployertitleModifyRequest = { account_id: '…', address: '…' };
 * ```
 */
export interface AlipayEbppInvoiceEnterpriseexctrlEmployertitleModifyRequest {
  account_id?: string;
  address?: string;
  agreement_no?: string;
  bank_account?: string;
  bank_name?: string;
  enterprise_id?: string;
  tax_register_no?: string;
  telephone?: string;
  title_code?: string;
  title_id?: string;
  title_name?: string;
}

/**
 * The result of `alipay.ebpp.invoice.enterpriseexctrl.employertitle.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceEnterpriseexctrlEmployertitleModifyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceEnterpriseexctrlEmployertitleModifyResult {
  code?: string;
  msg?: string;
  success?: boolean;
  title_id?: string;
}

/**
 * The error codes of `alipay.ebpp.invoice.enterpriseexctrl.employertitle.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceEnterpriseexctrlEmployertitleModifyErrorCode = "PARAMETER_ILLEGAL";
 * ```
 */
export type AlipayEbppInvoiceEnterpriseexctrlEmployertitleModifyErrorCode = "PARAMETER_ILLEGAL" | "SYSTEM_ERROR" | "PERMISSION_DENIED" | "ENTERPRISE_TITLE_EXISTS" | "ENTERPRISE_TITLE_NOT_EXISTS" | "ENTERPRISE_TITLE_ERROR" | "EMPLOYEE_DONT_EXIST";

/**
 * `alipay.ebpp.invoice.enterpriseexctrl.employertitle.modify`: PUT /v3/alipay/ebpp/invoice/enterpriseexctrl/employertitle over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceEnterpriseexctrlEmployertitleModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceEnterpriseexctrlEmployertitleModify, { account_id: '…', address: '…' });
 * ```
 */
export const alipayEbppInvoiceEnterpriseexctrlEmployertitleModify: ApiDefinition<"alipay.ebpp.invoice.enterpriseexctrl.employertitle.modify", AlipayEbppInvoiceEnterpriseexctrlEmployertitleModifyRequest, AlipayEbppInvoiceEnterpriseexctrlEmployertitleModifyResult, AlipayEbppInvoiceEnterpriseexctrlEmployertitleModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.enterpriseexctrl.employertitle.modify",
  { verb: 'PUT', path: "/v3/alipay/ebpp/invoice/enterpriseexctrl/employertitle" },
  () => ({ account_id: 0, address: 0, agreement_no: 0, bank_account: 0, bank_name: 0, enterprise_id: 0, tax_register_no: 0, telephone: 0, title_code: 0, title_id: 0, title_name: 0 }),
  () => ({ code: 0, msg: 0, success: 2, title_id: 0 }),
);
