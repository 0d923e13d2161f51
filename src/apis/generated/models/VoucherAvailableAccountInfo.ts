// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `VoucherAvailableAccountInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.modify` and 7 more).
 *
 * @example
 * ```ts
 * const value: VoucherAvailableAccountInfo = {};
 * ```
 */
export interface VoucherAvailableAccountInfo {
  available_pids?: string[];
  available_smids?: string[];
}
export const VoucherAvailableAccountInfoShape = (): object => ({ available_pids: [0], available_smids: [0] });
