// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `VoucherAvailableAppInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.modify` and 7 more).
 *
 * @example
 * ```ts
 * const value: VoucherAvailableAppInfo = {};
 * ```
 */
export interface VoucherAvailableAppInfo {
  available_app_ids?: string[];
}
export const VoucherAvailableAppInfoShape = (): object => ({ available_app_ids: [0] });
