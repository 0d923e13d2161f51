// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `VoucherPackageModeInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.modify` and 8 more).
 *
 * @example
 * ```ts
 * const value: VoucherPackageModeInfo = { voucher_package_id: '…' };
 * ```
 */
export interface VoucherPackageModeInfo {
  voucher_package_id?: string;
}
export const VoucherPackageModeInfoShape = (): object => ({ voucher_package_id: 0 });
