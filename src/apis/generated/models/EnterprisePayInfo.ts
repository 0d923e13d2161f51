// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `EnterprisePayInfo`, a model of Alipay's v3 description (in `alipay.trade.fastpay.refund.query`, `alipay.trade.pay`, `alipay.trade.query`).
 *
 * @example
 * ```ts
 * const value: EnterprisePayInfo = { biz_info: '…', invoice_amount: '…' };
 * ```
 */
export interface EnterprisePayInfo {
  biz_info?: string;
  invoice_amount?: string;
  is_use_enterprise_pay?: boolean;
}
export const EnterprisePayInfoShape = (): object => ({ biz_info: 0, invoice_amount: 0, is_use_enterprise_pay: 2 });
