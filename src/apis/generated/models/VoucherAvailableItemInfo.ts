// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type VoucherAvailableOutItemInfo, VoucherAvailableOutItemInfoShape } from './VoucherAvailableOutItemInfo.ts';

/**
 * `VoucherAvailableItemInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.modify` and 7 more).
 *
 * @example
 * ```ts
 * const value: VoucherAvailableItemInfo = { item_id: '…' };
 * ```
 */
export interface VoucherAvailableItemInfo {
  item_id?: string;
  out_item_info?: VoucherAvailableOutItemInfo[];
}
export const VoucherAvailableItemInfoShape = (): object => ({ item_id: 0, out_item_info: [VoucherAvailableOutItemInfoShape] });
