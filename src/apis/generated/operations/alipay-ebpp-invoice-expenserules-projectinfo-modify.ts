// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.invoice.expenserules.projectinfo.modify` (POST /v3/alipay/ebpp/invoice/expenserules/projectinfo/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceExpenserulesProjectinfoModifyRequest = { account_id: '…', agreement_no: '…' };
 * ```
 */
export interface AlipayEbppInvoiceExpenserulesProjectinfoModifyRequest {
  account_id?: string;
  agreement_no?: string;
  effective_end_date?: string;
  effective_start_date?: string;
  project_id?: string;
  project_name?: string;
}

/**
 * The result of `alipay.ebpp.invoice.expenserules.projectinfo.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceExpenserulesProjectinfoModifyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceExpenserulesProjectinfoModifyResult {
  success?: boolean;
}

/**
 * The error codes of `alipay.ebpp.invoice.expenserules.projectinfo.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceExpenserulesProjectinfoModifyErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEbppInvoiceExpenserulesProjectinfoModifyErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "PERMISSION_DENIED" | "PROJECT_NOT_EXIST" | "PROJECT_NAME_EXIST_ERROR";

/**
 * `alipay.ebpp.invoice.expenserules.projectinfo.modify`: POST /v3/alipay/ebpp/invoice/expenserules/projectinfo/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceExpenserulesProjectinfoModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceExpenserulesProjectinfoModify, { account_id: '…', agreement_no: '…' });
 * ```
 */
export const alipayEbppInvoiceExpenserulesProjectinfoModify: ApiDefinition<"alipay.ebpp.invoice.expenserules.projectinfo.modify", AlipayEbppInvoiceExpenserulesProjectinfoModifyRequest, AlipayEbppInvoiceExpenserulesProjectinfoModifyResult, AlipayEbppInvoiceExpenserulesProjectinfoModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.expenserules.projectinfo.modify",
  'POST',
  () => ({ account_id: 0, agreement_no: 0, effective_end_date: 0, effective_start_date: 0, project_id: 0, project_name: 0 }),
  () => ({ success: 2 }),
);
