// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `BizfundSettleInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.modify` and 8 more).
 *
 * @example
 * ```ts
 * const value: BizfundSettleInfo = { settle_mode: '…', settle_target_type: '…' };
 * ```
 */
export interface BizfundSettleInfo {
  settle_mode?: string;
  settle_target_type?: string;
}
export const BizfundSettleInfoShape = (): object => ({ settle_mode: 0, settle_target_type: 0 });
