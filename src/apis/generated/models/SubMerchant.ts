// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `SubMerchant`, a model of Alipay's v3 description (in `alipay.trade.batch.settle`, `alipay.trade.batch.settle.query`, `alipay.trade.batch.transfer` and 4 more).
 *
 * @example
 * ```ts
 * const value: SubMerchant = { merchant_id: '…', merchant_type: '…' };
 * ```
 */
export interface SubMerchant {
  merchant_id?: string;
  merchant_type?: string;
}
export const SubMerchantShape = (): object => ({ merchant_id: 0, merchant_type: 0 });
