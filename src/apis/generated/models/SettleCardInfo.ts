// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `SettleCardInfo`, a model of Alipay's v3 description (in `ant.merchant.expand.shop.consult`, `ant.merchant.expand.shop.create`, `ant.merchant.expand.shop.modify`).
 *
 * @example
 * ```ts
 * const value: SettleCardInfo = { account_branch_name: '…', account_holder_name: '…' };
 * ```
 */
export interface SettleCardInfo {
  account_branch_name?: string;
  account_holder_name?: string;
  account_inst_city?: string;
  account_inst_id?: string;
  account_inst_name?: string;
  account_inst_province?: string;
  account_no?: string;
  account_type?: string;
  bank_code?: string;
  usage_type?: string;
}
export const SettleCardInfoShape = (): object => ({ account_branch_name: 0, account_holder_name: 0, account_inst_city: 0, account_inst_id: 0, account_inst_name: 0, account_inst_province: 0, account_no: 0, account_type: 0, bank_code: 0, usage_type: 0 });
