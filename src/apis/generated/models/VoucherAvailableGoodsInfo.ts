// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `VoucherAvailableGoodsInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.modify` and 7 more).
 *
 * @example
 * ```ts
 * const value: VoucherAvailableGoodsInfo = { goods_description: '…', goods_detail: '…' };
 * ```
 */
export interface VoucherAvailableGoodsInfo {
  available_goods_sku_ids?: string[];
  exclude_goods_sku_ids?: string[];
  goods_description?: string;
  goods_detail?: string;
  goods_detail_images?: string[];
  goods_detail_rich_description?: string;
  goods_name?: string;
  origin_amount?: string;
}
export const VoucherAvailableGoodsInfoShape = (): object => ({ available_goods_sku_ids: [0], exclude_goods_sku_ids: [0], goods_description: 0, goods_detail: 0, goods_detail_images: [0], goods_detail_rich_description: 0, goods_name: 0, origin_amount: 0 });
