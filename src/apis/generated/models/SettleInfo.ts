// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type SettleDetailInfo, SettleDetailInfoShape } from './SettleDetailInfo.ts';

/**
 * `SettleInfo`, a model of Alipay's v3 description (in `alipay.trade.create`, `alipay.trade.pay`, `alipay.trade.precreate` and 1 more).
 *
 * @example
 * ```ts
 * const value: SettleInfo = { settle_period_time: '…' };
 * ```
 */
export interface SettleInfo {
  settle_detail_infos?: SettleDetailInfo[];
  settle_period_time?: string;
}
export const SettleInfoShape = (): object => ({ settle_detail_infos: [SettleDetailInfoShape], settle_period_time: 0 });
