// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ContributeDetail, ContributeDetailShape } from './ContributeDetail.ts';

/**
 * `VoucherDetail`, a model of Alipay's v3 description (in `alipay.trade.fastpay.refund.query`, `alipay.trade.pay`, `alipay.trade.query` and 1 more).
 *
 * @example
 * ```ts
 * const value: VoucherDetail = { amount: '…', id: '…' };
 * ```
 */
export interface VoucherDetail {
  amount?: string;
  id?: string;
  memo?: string;
  merchant_contribute?: string;
  name?: string;
  other_contribute?: string;
  other_contribute_detail?: ContributeDetail[];
  purchase_ant_contribute?: string;
  purchase_buyer_contribute?: string;
  purchase_merchant_contribute?: string;
  template_id?: string;
  type?: string;
}
export const VoucherDetailShape = (): object => ({ amount: 0, id: 0, memo: 0, merchant_contribute: 0, name: 0, other_contribute: 0, other_contribute_detail: [ContributeDetailShape], purchase_ant_contribute: 0, purchase_buyer_contribute: 0, purchase_merchant_contribute: 0, template_id: 0, type: 0 });
