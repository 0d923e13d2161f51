// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `EcOrderItem`, a model of Alipay's v3 description (in `alipay.commerce.ec.consume.detail.query`, `alipay.ebpp.invoice.ecorder.order.query`).
 *
 * @example
 * ```ts
 * const value: EcOrderItem = { account_id: '…', biz_out_no: '…' };
 * ```
 */
export interface EcOrderItem {
  account_id?: string;
  biz_out_no?: string;
  employee_id?: string;
  enterprise_id?: string;
  gmt_create?: string;
  gmt_modified?: string;
  open_id?: string;
  order_content?: string;
  order_id?: string;
  order_type?: string;
  partner_id?: string;
  pay_no?: string;
  user_id?: string;
}
export const EcOrderItemShape = (): object => ({ account_id: 0, biz_out_no: 0, employee_id: 0, enterprise_id: 0, gmt_create: 0, gmt_modified: 0, open_id: 0, order_content: 0, order_id: 0, order_type: 0, partner_id: 0, pay_no: 0, user_id: 0 });
