// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `DeliveryOrientedRuleInfo`, a model of Alipay's v3 description (in `alipay.open.search.boxactivity.apply`, `alipay.open.search.boxactivity.query`).
 *
 * @example
 * ```ts
 * const value: DeliveryOrientedRuleInfo = { client_platform: '…' };
 * ```
 */
export interface DeliveryOrientedRuleInfo {
  client_platform?: string;
}
export const DeliveryOrientedRuleInfoShape = (): object => ({ client_platform: 0 });
