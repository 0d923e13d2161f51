// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `VoucherAvailableGeographyAllShopInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.modify` and 7 more).
 *
 * @example
 * ```ts
 * const value: VoucherAvailableGeographyAllShopInfo = { available_brand_id: '…' };
 * ```
 */
export interface VoucherAvailableGeographyAllShopInfo {
  available_brand_id?: string;
  exclude_shop_ids?: string[];
  merchant_ids?: string[];
}
export const VoucherAvailableGeographyAllShopInfoShape = (): object => ({ available_brand_id: 0, exclude_shop_ids: [0], merchant_ids: [0] });
