// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `ExtendParams`, a model of Alipay's v3 description (in `alipay.trade.create`, `alipay.trade.pay`, `alipay.trade.precreate`).
 *
 * @example
 * ```ts
 * const value: ExtendParams = { card_type: '…', credit_ext_info: '…' };
 * ```
 */
export interface ExtendParams {
  card_type?: string;
  credit_ext_info?: string;
  hb_fq_num?: string;
  hb_fq_seller_percent?: string;
  industry_reflux_info?: string;
  royalty_freeze?: string;
  specified_seller_name?: string;
  sys_service_provider_id?: string;
  tc_installment_order_id?: string;
  trade_component_order_id?: string;
}
export const ExtendParamsShape = (): object => ({ card_type: 0, credit_ext_info: 0, hb_fq_num: 0, hb_fq_seller_percent: 0, industry_reflux_info: 0, royalty_freeze: 0, specified_seller_name: 0, sys_service_provider_id: 0, tc_installment_order_id: 0, trade_component_order_id: 0 });
