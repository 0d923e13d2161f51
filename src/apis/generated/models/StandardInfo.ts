// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type AssetShareSourceInfo, AssetShareSourceInfoShape } from './AssetShareSourceInfo.ts';
import { type StandardConditionInfo, StandardConditionInfoShape } from './StandardConditionInfo.ts';

/**
 * `StandardInfo`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.institution.create`, `alipay.ebpp.invoice.institution.detailinfo.query`, `alipay.ebpp.invoice.institution.modify`).
 *
 * @example
 * ```ts
 * const value: StandardInfo = { consume_mode: '…', expense_type_sub_category: '…' };
 * ```
 */
export interface StandardInfo {
  asset_share_source_info?: AssetShareSourceInfo;
  consume_mode?: string;
  expense_type_sub_category?: string;
  open_rule_id?: string;
  outer_source_id?: string;
  payment_policy?: string;
  personal_qrcode_mode?: number;
  standard_condition_info_list?: StandardConditionInfo[];
  standard_desc?: string;
  standard_id?: string;
  standard_name?: string;
}
export const StandardInfoShape = (): object => ({ asset_share_source_info: AssetShareSourceInfoShape, consume_mode: 0, expense_type_sub_category: 0, open_rule_id: 0, outer_source_id: 0, payment_policy: 0, personal_qrcode_mode: 1, standard_condition_info_list: [StandardConditionInfoShape], standard_desc: 0, standard_id: 0, standard_name: 0 });
