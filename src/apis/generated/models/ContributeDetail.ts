// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `ContributeDetail`, a model of Alipay's v3 description (in `alipay.trade.fastpay.refund.query`, `alipay.trade.pay`, `alipay.trade.query` and 1 more).
 *
 * @example
 * ```ts
 * const value: ContributeDetail = { contribute_amount: '…', contribute_type: '…' };
 * ```
 */
export interface ContributeDetail {
  contribute_amount?: string;
  contribute_type?: string;
}
export const ContributeDetailShape = (): object => ({ contribute_amount: 0, contribute_type: 0 });
