// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `VoucherInventoryInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.ordervoucher.query`, `alipay.marketing.activity.voucher.query`).
 *
 * @example
 * ```ts
 * const value: VoucherInventoryInfo = { send_count: 1, use_count: 1 };
 * ```
 */
export interface VoucherInventoryInfo {
  send_count?: number;
  use_count?: number;
}
export const VoucherInventoryInfoShape = (): object => ({ send_count: 1, use_count: 1 });
