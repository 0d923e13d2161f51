// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `VoucherSummary`, a model of Alipay's v3 description (in `alipay.marketing.activity.ordervoucher.query`, `alipay.marketing.activity.voucher.query`).
 *
 * @example
 * ```ts
 * const value: VoucherSummary = { publish_count: 1, used_count: 1 };
 * ```
 */
export interface VoucherSummary {
  publish_count?: number;
  used_count?: number;
}
export const VoucherSummaryShape = (): object => ({ publish_count: 1, used_count: 1 });
