// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type VoucherAvailableGeographyShopResultInfo, VoucherAvailableGeographyShopResultInfoShape } from './VoucherAvailableGeographyShopResultInfo.ts';

/**
 * `VoucherAvailableGeographyScopeResultInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.modify`).
 *
 * @example
 * ```ts
 * const value: VoucherAvailableGeographyScopeResultInfo = {};
 * ```
 */
export interface VoucherAvailableGeographyScopeResultInfo {
  available_geography_shop_result_info?: VoucherAvailableGeographyShopResultInfo;
}
export const VoucherAvailableGeographyScopeResultInfoShape = (): object => ({ available_geography_shop_result_info: VoucherAvailableGeographyShopResultInfoShape });
