// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `ActivitySpecialVoucher`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.query`, `alipay.marketing.activity.user.batchqueryvoucher` and 1 more).
 *
 * @example
 * ```ts
 * const value: ActivitySpecialVoucher = { floor_amount: '…', goods_name: '…' };
 * ```
 */
export interface ActivitySpecialVoucher {
  floor_amount?: string;
  goods_name?: string;
  origin_amount?: string;
  special_amount?: string;
}
export const ActivitySpecialVoucherShape = (): object => ({ floor_amount: 0, goods_name: 0, origin_amount: 0, special_amount: 0 });
