// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type VoucherAvailableGeographyCityInfo, VoucherAvailableGeographyCityInfoShape } from './VoucherAvailableGeographyCityInfo.ts';
import { type VoucherAvailableGeographyShopInfo, VoucherAvailableGeographyShopInfoShape } from './VoucherAvailableGeographyShopInfo.ts';

/**
 * `VoucherAvailableGeographyScopeInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.modify` and 7 more).
 *
 * @example
 * ```ts
 * const value: VoucherAvailableGeographyScopeInfo = { available_geography_scope_type: '…' };
 * ```
 */
export interface VoucherAvailableGeographyScopeInfo {
  available_geography_city_info?: VoucherAvailableGeographyCityInfo;
  available_geography_scope_type?: string;
  available_geography_shop_info?: VoucherAvailableGeographyShopInfo;
}
export const VoucherAvailableGeographyScopeInfoShape = (): object => ({ available_geography_city_info: VoucherAvailableGeographyCityInfoShape, available_geography_scope_type: 0, available_geography_shop_info: VoucherAvailableGeographyShopInfoShape });
