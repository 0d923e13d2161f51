// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `BankcardExtInfo`, a model of Alipay's v3 description (in `alipay.fund.trans.pay`, `alipay.fund.trans.uni.transfer`).
 *
 * @example
 * ```ts
 * const value: BankcardExtInfo = { account_type: '…', bank_code: '…' };
 * ```
 */
export interface BankcardExtInfo {
  account_type?: string;
  bank_code?: string;
  inst_branch_name?: string;
  inst_city?: string;
  inst_name?: string;
  inst_province?: string;
}
export const BankcardExtInfoShape = (): object => ({ account_type: 0, bank_code: 0, inst_branch_name: 0, inst_city: 0, inst_name: 0, inst_province: 0 });
