// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `VoucherExchangeGoodsInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.query` and 6 more).
 *
 * @example
 * ```ts
 * const value: VoucherExchangeGoodsInfo = { exchange_goods_name: '…' };
 * ```
 */
export interface VoucherExchangeGoodsInfo {
  exchange_goods_name?: string;
}
export const VoucherExchangeGoodsInfoShape = (): object => ({ exchange_goods_name: 0 });
