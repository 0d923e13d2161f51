// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ComplexBusinessTimePeriod, ComplexBusinessTimePeriodShape } from './ComplexBusinessTimePeriod.ts';

/**
 * `ComplexBusinessTime`, a model of Alipay's v3 description (in `ant.merchant.expand.shop.create`, `ant.merchant.expand.shop.modify`, `ant.merchant.expand.shop.page.query` and 1 more).
 *
 * @example
 * ```ts
 * const value: ComplexBusinessTime = { week_day: 1 };
 * ```
 */
export interface ComplexBusinessTime {
  time_period?: ComplexBusinessTimePeriod[];
  week_day?: number;
}
export const ComplexBusinessTimeShape = (): object => ({ time_period: [ComplexBusinessTimePeriodShape], week_day: 1 });
