// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `InvoiceItemOpenModel`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.einvpackage.query`, `alipay.ebpp.invoice.enterpriseconsume.detail.query`, `alipay.ebpp.invoice.enterpriseconsume.relatedetail.query` and 1 more).
 *
 * @example
 * ```ts
 * const value: InvoiceItemOpenModel = { item_ex_tax_amount: '…', item_name: '…' };
 * ```
 */
export interface InvoiceItemOpenModel {
  item_ex_tax_amount?: string;
  item_name?: string;
  item_no?: string;
  item_quantity?: number;
  item_spec?: string;
  item_sum_amount?: string;
  item_tax_amount?: string;
  item_tax_rate?: string;
  item_unit?: string;
  item_unit_price?: string;
  row_type?: string;
}
export const InvoiceItemOpenModelShape = (): object => ({ item_ex_tax_amount: 0, item_name: 0, item_no: 0, item_quantity: 1, item_spec: 0, item_sum_amount: 0, item_tax_amount: 0, item_tax_rate: 0, item_unit: 0, item_unit_price: 0, row_type: 0 });
