// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type RoyaltyDetailInfos, RoyaltyDetailInfosShape } from './RoyaltyDetailInfos.ts';

/**
 * `RoyaltyInfo`, a model of Alipay's v3 description (in `alipay.trade.create`, `alipay.trade.pay`, `alipay.trade.precreate`).
 *
 * @example
 * ```ts
 * const value: RoyaltyInfo = { royalty_type: '…' };
 * ```
 */
export interface RoyaltyInfo {
  royalty_detail_infos?: RoyaltyDetailInfos[];
  royalty_type?: string;
}
export const RoyaltyInfoShape = (): object => ({ royalty_detail_infos: [RoyaltyDetailInfosShape], royalty_type: 0 });
