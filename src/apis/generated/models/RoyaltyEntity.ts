// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `RoyaltyEntity`, a model of Alipay's v3 description (in `alipay.trade.royalty.relation.batchquery`, `alipay.trade.royalty.relation.bind`, `alipay.trade.royalty.relation.unbind`).
 *
 * @example
 * ```ts
 * const value: RoyaltyEntity = { account: '…', account_open_id: '…' };
 * ```
 */
export interface RoyaltyEntity {
  account?: string;
  account_open_id?: string;
  bind_login_name?: string;
  login_name?: string;
  memo?: string;
  name?: string;
  type?: string;
}
export const RoyaltyEntityShape = (): object => ({ account: 0, account_open_id: 0, bind_login_name: 0, login_name: 0, memo: 0, name: 0, type: 0 });
