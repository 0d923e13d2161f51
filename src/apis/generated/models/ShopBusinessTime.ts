// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `ShopBusinessTime`, a model of Alipay's v3 description (in `ant.merchant.expand.shop.consult`, `ant.merchant.expand.shop.create`, `ant.merchant.expand.shop.modify` and 2 more).
 *
 * @example
 * ```ts
 * const value: ShopBusinessTime = { close_time: '…', open_time: '…' };
 * ```
 */
export interface ShopBusinessTime {
  close_time?: string;
  open_time?: string;
  week_day?: number;
}
export const ShopBusinessTimeShape = (): object => ({ close_time: 0, open_time: 0, week_day: 1 });
