// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type VoucherAvailableGeographyAllShopResultInfo, VoucherAvailableGeographyAllShopResultInfoShape } from './VoucherAvailableGeographyAllShopResultInfo.ts';
import { type VoucherFailShopInfo, VoucherFailShopInfoShape } from './VoucherFailShopInfo.ts';

/**
 * `VoucherAvailableGeographyShopResultInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.modify`).
 *
 * @example
 * ```ts
 * const value: VoucherAvailableGeographyShopResultInfo = {};
 * ```
 */
export interface VoucherAvailableGeographyShopResultInfo {
  available_geography_all_shop_result_info?: VoucherAvailableGeographyAllShopResultInfo;
  fail_available_real_shop_infos?: VoucherFailShopInfo[];
  fail_available_shop_infos?: VoucherFailShopInfo[];
  success_available_real_shop_ids?: string[];
  success_available_shop_ids?: string[];
}
export const VoucherAvailableGeographyShopResultInfoShape = (): object => ({ available_geography_all_shop_result_info: VoucherAvailableGeographyAllShopResultInfoShape, fail_available_real_shop_infos: [VoucherFailShopInfoShape], fail_available_shop_infos: [VoucherFailShopInfoShape], success_available_real_shop_ids: [0], success_available_shop_ids: [0] });
