// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type VoucherAvailableGeographyScopeResultInfo, VoucherAvailableGeographyScopeResultInfoShape } from './VoucherAvailableGeographyScopeResultInfo.ts';

/**
 * `VoucherAvailableScopeResultInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.modify`).
 *
 * @example
 * ```ts
 * const value: VoucherAvailableScopeResultInfo = {};
 * ```
 */
export interface VoucherAvailableScopeResultInfo {
  voucher_available_geography_scope_result_info?: VoucherAvailableGeographyScopeResultInfo;
}
export const VoucherAvailableScopeResultInfoShape = (): object => ({ voucher_available_geography_scope_result_info: VoucherAvailableGeographyScopeResultInfoShape });
