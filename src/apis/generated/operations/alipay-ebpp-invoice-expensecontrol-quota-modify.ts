// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.invoice.expensecontrol.quota.modify` (POST /v3/alipay/ebpp/invoice/expensecontrol/quota/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceExpensecontrolQuotaModifyRequest = { account_id: '…', action: '…' };
 * ```
 */
export interface AlipayEbppInvoiceExpensecontrolQuotaModifyRequest {
  /** @deprecated */
  account_id?: string;
  action?: string;
  /** @deprecated */
  agreement_no?: string;
  amount?: string;
  enterprise_id?: string;
  outer_source_id?: string;
  /** @deprecated */
  platform?: string;
  quota_id?: string;
  share_mode?: string;
}

/**
 * The result of `alipay.ebpp.invoice.expensecontrol.quota.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceExpensecontrolQuotaModifyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceExpensecontrolQuotaModifyResult {
  success?: boolean;
}

/**
 * The error codes of `alipay.ebpp.invoice.expensecontrol.quota.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceExpensecontrolQuotaModifyErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEbppInvoiceExpensecontrolQuotaModifyErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "PERMISSION_DENIED" | "QUOTA_LOCKED" | "QUOTA_INSUFFICIENT" | "QUOTA_NO_EXISTS" | "REQUEST_REPEAT" | "QUOTA_EXCEED" | "QUOTA_TYPE_NOT_MODIFY" | "QUOTA_USED" | "COUPON_MODIFY_SHARE_MODE_ERROR" | "APPROVED_QUOTA_MODIFY_ERROR";

/**
 * `alipay.ebpp.invoice.expensecontrol.quota.modify`: POST /v3/alipay/ebpp/invoice/expensecontrol/quota/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceExpensecontrolQuotaModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceExpensecontrolQuotaModify, { account_id: '…', action: '…' });
 * ```
 */
export const alipayEbppInvoiceExpensecontrolQuotaModify: ApiDefinition<"alipay.ebpp.invoice.expensecontrol.quota.modify", AlipayEbppInvoiceExpensecontrolQuotaModifyRequest, AlipayEbppInvoiceExpensecontrolQuotaModifyResult, AlipayEbppInvoiceExpensecontrolQuotaModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.expensecontrol.quota.modify",
  'POST',
  () => ({ account_id: 0, action: 0, agreement_no: 0, amount: 0, enterprise_id: 0, outer_source_id: 0, platform: 0, quota_id: 0, share_mode: 0 }),
  () => ({ success: 2 }),
);
