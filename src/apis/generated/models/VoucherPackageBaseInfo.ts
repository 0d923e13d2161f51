// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `VoucherPackageBaseInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.voucherpackage.batchquery`, `alipay.marketing.activity.voucherpackage.query`).
 *
 * @example
 * ```ts
 * const value: VoucherPackageBaseInfo = { purchase_end_time: '…', purchase_start_time: '…' };
 * ```
 */
export interface VoucherPackageBaseInfo {
  purchase_end_time?: string;
  purchase_start_time?: string;
  voucher_package_id?: string;
  voucher_package_name?: string;
  voucher_package_status?: string;
  voucher_total_amount?: string;
}
export const VoucherPackageBaseInfoShape = (): object => ({ purchase_end_time: 0, purchase_start_time: 0, voucher_package_id: 0, voucher_package_name: 0, voucher_package_status: 0, voucher_total_amount: 0 });
