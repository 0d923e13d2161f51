// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type SubFee, SubFeeShape } from './SubFee.ts';

/**
 * `ChargeInfo`, a model of Alipay's v3 description (in `alipay.trade.pay`, `alipay.trade.query`).
 *
 * @example
 * ```ts
 * const value: ChargeInfo = { charge_fee: '…', charge_type: '…' };
 * ```
 */
export interface ChargeInfo {
  charge_fee?: string;
  charge_type?: string;
  is_rating_on_switch?: string;
  is_rating_on_trade_receiver?: string;
  original_charge_fee?: string;
  sub_fee_detail_list?: SubFee[];
  switch_fee_rate?: string;
}
export const ChargeInfoShape = (): object => ({ charge_fee: 0, charge_type: 0, is_rating_on_switch: 0, is_rating_on_trade_receiver: 0, original_charge_fee: 0, sub_fee_detail_list: [SubFeeShape], switch_fee_rate: 0 });
