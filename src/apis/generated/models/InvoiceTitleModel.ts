// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `InvoiceTitleModel`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.sycn`, `alipay.ebpp.invoice.title.dynamic.get`, `alipay.ebpp.invoice.title.list.get`).
 *
 * @example
 * ```ts
 * const value: InvoiceTitleModel = { is_default: true, logon_id: '…' };
 * ```
 */
export interface InvoiceTitleModel {
  is_default?: boolean;
  logon_id?: string;
  open_bank_account?: string;
  open_bank_name?: string;
  open_id?: string;
  tax_register_no?: string;
  tele_phone_no?: string;
  title_name?: string;
  title_type?: string;
  user_address?: string;
  user_email?: string;
  user_id?: string;
  user_mobile?: string;
}
export const InvoiceTitleModelShape = (): object => ({ is_default: 2, logon_id: 0, open_bank_account: 0, open_bank_name: 0, open_id: 0, tax_register_no: 0, tele_phone_no: 0, title_name: 0, title_type: 0, user_address: 0, user_email: 0, user_id: 0, user_mobile: 0 });
