// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type UserMailInfoOrder, UserMailInfoOrderShape } from '../models/UserMailInfoOrder.ts';

/**
 * The request of `alipay.boss.fnc.userinvoiceinfo.create` (POST /v3/alipay/boss/fnc/userinvoiceinfo/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayBossFncUserinvoiceinfoCreateRequest = { accept_electronic: true, address: '…' };
 * ```
 */
export interface AlipayBossFncUserinvoiceinfoCreateRequest {
  accept_electronic?: boolean;
  address?: string;
  addressing?: boolean;
  auto?: boolean;
  bank_account?: string;
  bank_name?: string;
  business_licence_url?: string;
  hold?: boolean;
  ip_role_id?: string;
  open_account_permit_url?: string;
  operator?: string;
  operator_type?: string;
  other_qualification_url?: string;
  ou?: boolean;
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
 * The result of `alipay.boss.fnc.userinvoiceinfo.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayBossFncUserinvoiceinfoCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayBossFncUserinvoiceinfoCreateResult {
  result_set?: string;
}

/**
 * The error codes of `alipay.boss.fnc.userinvoiceinfo.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayBossFncUserinvoiceinfoCreateErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayBossFncUserinvoiceinfoCreateErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "BIZ_ERROR";

/**
 * `alipay.boss.fnc.userinvoiceinfo.create`: POST /v3/alipay/boss/fnc/userinvoiceinfo/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayBossFncUserinvoiceinfoCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayBossFncUserinvoiceinfoCreate, { accept_electronic: true, address: '…' });
 * ```
 */
export const alipayBossFncUserinvoiceinfoCreate: ApiDefinition<"alipay.boss.fnc.userinvoiceinfo.create", AlipayBossFncUserinvoiceinfoCreateRequest, AlipayBossFncUserinvoiceinfoCreateResult, AlipayBossFncUserinvoiceinfoCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.boss.fnc.userinvoiceinfo.create",
  'POST',
  () => ({ accept_electronic: 2, address: 0, addressing: 2, auto: 2, bank_account: 0, bank_name: 0, business_licence_url: 0, hold: 2, ip_role_id: 0, open_account_permit_url: 0, operator: 0, operator_type: 0, other_qualification_url: 0, ou: 2, tax_no: 0, tax_payer_quali_valid: 0, tax_payer_qualification: 0, tax_qualification_url: 0, tax_reg_cert_url: 0, telephone: 0, title: 0, user_mail_info_order_list: [UserMailInfoOrderShape] }),
  () => ({ result_set: 0 }),
);
