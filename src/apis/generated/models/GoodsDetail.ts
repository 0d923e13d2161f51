// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `GoodsDetail`, a model of Alipay's v3 description (in `alipay.trade.create`, `alipay.trade.pay`, `alipay.trade.precreate` and 2 more).
 *
 * @example
 * ```ts
 * const value: GoodsDetail = { alipay_goods_id: '…', body: '…' };
 * ```
 */
export interface GoodsDetail {
  alipay_goods_id?: string;
  body?: string;
  categories_tree?: string;
  goods_category?: string;
  goods_id?: string;
  goods_name?: string;
  out_item_id?: string;
  out_sku_id?: string;
  price?: string;
  quantity?: number;
  show_url?: string;
}
export const GoodsDetailShape = (): object => ({ alipay_goods_id: 0, body: 0, categories_tree: 0, goods_category: 0, goods_id: 0, goods_name: 0, out_item_id: 0, out_sku_id: 0, price: 0, quantity: 1, show_url: 0 });
