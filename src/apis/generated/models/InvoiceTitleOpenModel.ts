// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `InvoiceTitleOpenModel`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.einvpackage.query`, `alipay.ebpp.invoice.enterpriseconsume.detail.query`, `alipay.ebpp.invoice.enterpriseconsume.relatedetail.query` and 1 more).
 *
 * @example
 * ```ts
 * const value: InvoiceTitleOpenModel = { payer_address_tel: '…', payer_bank_name_account: '…' };
 * ```
 */
export interface InvoiceTitleOpenModel {
  payer_address_tel?: string;
  payer_bank_name_account?: string;
  payer_register_no?: string;
  title_name?: string;
}
export const InvoiceTitleOpenModelShape = (): object => ({ payer_address_tel: 0, payer_bank_name_account: 0, payer_register_no: 0, title_name: 0 });
