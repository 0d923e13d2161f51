// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type RefundSubFee, RefundSubFeeShape } from './RefundSubFee.ts';

/**
 * `RefundChargeInfo`, a model of Alipay's v3 description (in `alipay.trade.fastpay.refund.query`, `alipay.trade.refund`).
 *
 * @example
 * ```ts
 * const value: RefundChargeInfo = { charge_type: '…', refund_charge_fee: '…' };
 * ```
 */
export interface RefundChargeInfo {
  charge_type?: string;
  refund_charge_fee?: string;
  refund_sub_fee_detail_list?: RefundSubFee[];
  switch_fee_rate?: string;
}
export const RefundChargeInfoShape = (): object => ({ charge_type: 0, refund_charge_fee: 0, refund_sub_fee_detail_list: [RefundSubFeeShape], switch_fee_rate: 0 });
