// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type VoucherAvailableGeographyAllShopInfo, VoucherAvailableGeographyAllShopInfoShape } from './VoucherAvailableGeographyAllShopInfo.ts';

/**
 * `VoucherAvailableGeographyShopInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.modify` and 7 more).
 *
 * @example
 * ```ts
 * const value: VoucherAvailableGeographyShopInfo = {};
 * ```
 */
export interface VoucherAvailableGeographyShopInfo {
  available_geography_all_shop?: VoucherAvailableGeographyAllShopInfo;
  available_real_shop_ids?: string[];
  available_shop_ids?: string[];
}
export const VoucherAvailableGeographyShopInfoShape = (): object => ({ available_geography_all_shop: VoucherAvailableGeographyAllShopInfoShape, available_real_shop_ids: [0], available_shop_ids: [0] });
