// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type MultiCurrencyMoneyOpenApi, MultiCurrencyMoneyOpenApiShape } from './MultiCurrencyMoneyOpenApi.ts';

/**
 * `ArInvoiceLineOpenApiResponse`, a model of Alipay's v3 description (in `alipay.boss.fnc.invoice.batchquery`, `alipay.boss.fnc.invoice.query`).
 *
 * @example
 * ```ts
 * const value: ArInvoiceLineOpenApiResponse = { duty_free_flag: '…', incl_tax_unit_amt: 1 };
 * ```
 */
export interface ArInvoiceLineOpenApiResponse {
  amt?: MultiCurrencyMoneyOpenApi;
  duty_free_flag?: string;
  incl_tax_unit_amt?: number;
  invoice_id?: string;
  invoice_line_id?: string;
  measurement_unit?: string;
  product_name?: string;
  product_specification?: string;
  quantity?: number;
  tax_amt?: MultiCurrencyMoneyOpenApi;
  tax_exclusive_amt?: MultiCurrencyMoneyOpenApi;
  tax_rate?: number;
  unit_amt?: number;
}
export const ArInvoiceLineOpenApiResponseShape = (): object => ({ amt: MultiCurrencyMoneyOpenApiShape, duty_free_flag: 0, incl_tax_unit_amt: 1, invoice_id: 0, invoice_line_id: 0, measurement_unit: 0, product_name: 0, product_specification: 0, quantity: 1, tax_amt: MultiCurrencyMoneyOpenApiShape, tax_exclusive_amt: MultiCurrencyMoneyOpenApiShape, tax_rate: 1, unit_amt: 1 });
