// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `ActivityFixVoucher`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.query`, `alipay.marketing.activity.user.batchqueryvoucher` and 1 more).
 *
 * @example
 * ```ts
 * const value: ActivityFixVoucher = { amount: '…', floor_amount: '…' };
 * ```
 */
export interface ActivityFixVoucher {
  amount?: string;
  floor_amount?: string;
  goods_name?: string;
}
export const ActivityFixVoucherShape = (): object => ({ amount: 0, floor_amount: 0, goods_name: 0 });
