// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `MultiCurrencyMoneyOpenApi`, a model of Alipay's v3 description (in `alipay.boss.fnc.invoice.apply`, `alipay.boss.fnc.invoice.batchquery`, `alipay.boss.fnc.invoice.query` and 2 more).
 *
 * @example
 * ```ts
 * const value: MultiCurrencyMoneyOpenApi = { cent: 1, currency_value: '…' };
 * ```
 */
export interface MultiCurrencyMoneyOpenApi {
  cent?: number;
  currency_value?: string;
}
export const MultiCurrencyMoneyOpenApiShape = (): object => ({ cent: 1, currency_value: 0 });
