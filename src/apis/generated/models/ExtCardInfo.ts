// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `ExtCardInfo`, a model of Alipay's v3 description (in `alipay.fund.account.query`, `alipay.fund.accountbook.create`, `alipay.fund.accountbook.query`).
 *
 * @example
 * ```ts
 * const value: ExtCardInfo = { bank_acc_name: '…', card_bank: '…' };
 * ```
 */
export interface ExtCardInfo {
  bank_acc_name?: string;
  card_bank?: string;
  card_branch?: string;
  card_deposit?: string;
  card_location?: string;
  card_no?: string;
  status?: string;
}
export const ExtCardInfoShape = (): object => ({ bank_acc_name: 0, card_bank: 0, card_branch: 0, card_deposit: 0, card_location: 0, card_no: 0, status: 0 });
