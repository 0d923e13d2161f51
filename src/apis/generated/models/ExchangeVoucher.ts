// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `ExchangeVoucher`, a model of Alipay's v3 description (in `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.query`).
 *
 * @example
 * ```ts
 * const value: ExchangeVoucher = { amount: '…', biz_type: '…' };
 * ```
 */
export interface ExchangeVoucher {
  amount?: string;
  biz_type?: string;
  customer_service_mobile?: string;
  customer_service_url?: string;
  floor_amount?: string;
  overdue_refundable?: boolean;
  payee_pid?: string;
  refundable?: boolean;
  sale_amount?: string;
  settle_type?: string;
  voucher_detail_url?: string;
  voucher_name?: string;
}
export const ExchangeVoucherShape = (): object => ({ amount: 0, biz_type: 0, customer_service_mobile: 0, customer_service_url: 0, floor_amount: 0, overdue_refundable: 2, payee_pid: 0, refundable: 2, sale_amount: 0, settle_type: 0, voucher_detail_url: 0, voucher_name: 0 });
