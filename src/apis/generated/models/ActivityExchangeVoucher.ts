// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `ActivityExchangeVoucher`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.query`, `alipay.marketing.activity.user.batchqueryvoucher` and 1 more).
 *
 * @example
 * ```ts
 * const value: ActivityExchangeVoucher = { amount: '…', floor_amount: '…' };
 * ```
 */
export interface ActivityExchangeVoucher {
  amount?: string;
  floor_amount?: string;
  overdue_refundable?: boolean;
  refundable?: boolean;
  sale_amount?: string;
}
export const ActivityExchangeVoucherShape = (): object => ({ amount: 0, floor_amount: 0, overdue_refundable: 2, refundable: 2, sale_amount: 0 });
