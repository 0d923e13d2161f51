// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `PostPayment`, a model of Alipay's v3 description (in `alipay.fund.auth.order.app.freeze`, `alipay.fund.auth.order.freeze`, `alipay.fund.auth.order.voucher.create`).
 *
 * @example
 * ```ts
 * const value: PostPayment = { amount: '…', description: '…' };
 * ```
 */
export interface PostPayment {
  amount?: string;
  description?: string;
  name?: string;
}
export const PostPaymentShape = (): object => ({ amount: 0, description: 0, name: 0 });
