// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type VoucherFailShopInfo, VoucherFailShopInfoShape } from './VoucherFailShopInfo.ts';

/**
 * `VoucherAvailableGeographyAllShopResultInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.modify`).
 *
 * @example
 * ```ts
 * const value: VoucherAvailableGeographyAllShopResultInfo = {};
 * ```
 */
export interface VoucherAvailableGeographyAllShopResultInfo {
  fail_exclude_shop_infos?: VoucherFailShopInfo[];
  success_exclude_shop_ids?: string[];
}
export const VoucherAvailableGeographyAllShopResultInfoShape = (): object => ({ fail_exclude_shop_infos: [VoucherFailShopInfoShape], success_exclude_shop_ids: [0] });
