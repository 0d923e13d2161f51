// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `VoucherUseDetailResultInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.ordervoucher.refund`, `alipay.marketing.activity.ordervoucher.use`).
 *
 * @example
 * ```ts
 * const value: VoucherUseDetailResultInfo = { voucher_max_un_use_times: 1 };
 * ```
 */
export interface VoucherUseDetailResultInfo {
  voucher_max_un_use_times?: number;
}
export const VoucherUseDetailResultInfoShape = (): object => ({ voucher_max_un_use_times: 1 });
