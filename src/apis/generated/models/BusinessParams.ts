// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `BusinessParams`, a model of Alipay's v3 description (in `alipay.trade.create`, `alipay.trade.pay`, `alipay.trade.precreate`).
 *
 * @example
 * ```ts
 * const value: BusinessParams = { actual_order_time: '…', buyer_memo: '…' };
 * ```
 */
export interface BusinessParams {
  actual_order_time?: string;
  buyer_memo?: string;
  campus_card?: string;
  card_type?: string;
  enterprise_pay_amount?: string;
  enterprise_pay_info?: string;
  force_pwd?: string;
  good_taxes?: string;
  mc_create_trade_ip?: string;
  priority_unfreeze_asset?: string;
  tiny_app_merchant_biz_type?: string;
}
export const BusinessParamsShape = (): object => ({ actual_order_time: 0, buyer_memo: 0, campus_card: 0, card_type: 0, enterprise_pay_amount: 0, enterprise_pay_info: 0, force_pwd: 0, good_taxes: 0, mc_create_trade_ip: 0, priority_unfreeze_asset: 0, tiny_app_merchant_biz_type: 0 });
