// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type UserMailInfoOrder, UserMailInfoOrderShape } from '../models/UserMailInfoOrder.ts';

/**
 * The request of `alipay.boss.fnc.userinvoiceinfo.modify` (POST /v3/alipay/boss/fnc/userinvoiceinfo/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayBossFncUserinvoiceinfoModifyRequest = { accept_electronic: true, address: '…' };
 * ```
 */
export interface AlipayBossFncUserinvoiceinfoModifyRequest {
  accept_electronic?: boolean;
  address?: string;
  auto?: boolean;
  bank_account?: string;
  bank_name?: string;
  business_licence_url?: string;
  hold?: boolean;
  id?: string;
  open_account_permit_url?: string;
  operator?: string;
  operator_type?: string;
  other_qualification_url?: string;
  tax_no?: string;
  tax_payer_quali_valid?: string;
  tax_payer_qualification?: string;
  tax_qualification_url?: string;
  tax_reg_cert_url?: string;
  telephone?: string;
  title?: string;
  user_mail_info_order_list?: UserMailInfoOrder[];
}

/**
 * The result of `alipay.boss.fnc.userinvoiceinfo.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayBossFncUserinvoiceinfoModifyResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayBossFncUserinvoiceinfoModifyResult = Record<string, never>;

/**
 * The error codes of `alipay.boss.fnc.userinvoiceinfo.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayBossFncUserinvoiceinfoModifyErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayBossFncUserinvoiceinfoModifyErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "BIZ_ERROR";

/**
 * `alipay.boss.fnc.userinvoiceinfo.modify`: POST /v3/alipay/boss/fnc/userinvoiceinfo/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayBossFncUserinvoiceinfoModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayBossFncUserinvoiceinfoModify, { accept_electronic: true, address: '…' });
 * ```
 */
export const alipayBossFncUserinvoiceinfoModify: ApiDefinition<"alipay.boss.fnc.userinvoiceinfo.modify", AlipayBossFncUserinvoiceinfoModifyRequest, AlipayBossFncUserinvoiceinfoModifyResult, AlipayBossFncUserinvoiceinfoModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.boss.fnc.userinvoiceinfo.modify",
  'POST',
  () => ({ accept_electronic: 2, address: 0, auto: 2, bank_account: 0, bank_name: 0, business_licence_url: 0, hold: 2, id: 0, open_account_permit_url: 0, operator: 0, operator_type: 0, other_qualification_url: 0, tax_no: 0, tax_payer_quali_valid: 0, tax_payer_qualification: 0, tax_qualification_url: 0, tax_reg_cert_url: 0, telephone: 0, title: 0, user_mail_info_order_list: [UserMailInfoOrderShape] }),
  () => ({}),
);
