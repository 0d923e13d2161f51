// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type VoucherAvailableAccountInfo, VoucherAvailableAccountInfoShape } from './VoucherAvailableAccountInfo.ts';
import { type VoucherAvailableAppInfo, VoucherAvailableAppInfoShape } from './VoucherAvailableAppInfo.ts';
import { type VoucherAvailableGeographyScopeInfo, VoucherAvailableGeographyScopeInfoShape } from './VoucherAvailableGeographyScopeInfo.ts';
import { type VoucherAvailableGoodsInfo, VoucherAvailableGoodsInfoShape } from './VoucherAvailableGoodsInfo.ts';
import { type VoucherAvailableItemInfo, VoucherAvailableItemInfoShape } from './VoucherAvailableItemInfo.ts';

/**
 * `VoucherAvailableScopeInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.modify` and 7 more).
 *
 * @example
 * ```ts
 * const value: VoucherAvailableScopeInfo = {};
 * ```
 */
export interface VoucherAvailableScopeInfo {
  voucher_available_account_info?: VoucherAvailableAccountInfo;
  voucher_available_app_info?: VoucherAvailableAppInfo;
  voucher_available_geography_scope_info?: VoucherAvailableGeographyScopeInfo;
  voucher_available_goods_info?: VoucherAvailableGoodsInfo;
  voucher_available_item_info?: VoucherAvailableItemInfo;
}
export const VoucherAvailableScopeInfoShape = (): object => ({ voucher_available_account_info: VoucherAvailableAccountInfoShape, voucher_available_app_info: VoucherAvailableAppInfoShape, voucher_available_geography_scope_info: VoucherAvailableGeographyScopeInfoShape, voucher_available_goods_info: VoucherAvailableGoodsInfoShape, voucher_available_item_info: VoucherAvailableItemInfoShape });
