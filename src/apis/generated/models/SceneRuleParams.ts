// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `SceneRuleParams`, a model of Alipay's v3 description (in `alipay.trade.create`, `alipay.user.agreement.transfer`).
 *
 * @example
 * ```ts
 * const value: SceneRuleParams = { discount_period: '…', low_price_period: '…' };
 * ```
 */
export interface SceneRuleParams {
  discount_period?: string;
  low_price_period?: string;
}
export const SceneRuleParamsShape = (): object => ({ discount_period: 0, low_price_period: 0 });
