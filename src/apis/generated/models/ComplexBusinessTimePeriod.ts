// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `ComplexBusinessTimePeriod`, a model of Alipay's v3 description (in `ant.merchant.expand.shop.create`, `ant.merchant.expand.shop.modify`, `ant.merchant.expand.shop.page.query` and 1 more).
 *
 * @example
 * ```ts
 * const value: ComplexBusinessTimePeriod = { close_time: '…', open_time: '…' };
 * ```
 */
export interface ComplexBusinessTimePeriod {
  close_time?: string;
  open_time?: string;
}
export const ComplexBusinessTimePeriodShape = (): object => ({ close_time: 0, open_time: 0 });
