// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `InvoiceItemContent`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.detail.output.query`, `alipay.ebpp.invoice.sycn`).
 *
 * @example
 * ```ts
 * const value: InvoiceItemContent = { item_amount: '…', item_name: '…' };
 * ```
 */
export interface InvoiceItemContent {
  item_amount?: string;
  item_name?: string;
  item_no?: string;
  item_price?: string;
  item_quantity?: number;
  item_sum_price?: string;
  item_tax_price?: string;
  item_tax_rate?: string;
  item_unit?: string;
  row_type?: number;
}
export const InvoiceItemContentShape = (): object => ({ item_amount: 0, item_name: 0, item_no: 0, item_price: 0, item_quantity: 1, item_sum_price: 0, item_tax_price: 0, item_tax_rate: 0, item_unit: 0, row_type: 1 });
