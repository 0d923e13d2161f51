// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `DateRangeInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.modify` and 8 more).
 *
 * @example
 * ```ts
 * const value: DateRangeInfo = { begin_date: '…', end_date: '…' };
 * ```
 */
export interface DateRangeInfo {
  begin_date?: string;
  end_date?: string;
}
export const DateRangeInfoShape = (): object => ({ begin_date: 0, end_date: 0 });
