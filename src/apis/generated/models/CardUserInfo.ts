// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `CardUserInfo`, a model of Alipay's v3 description (in `alipay.marketing.card.open`, `alipay.marketing.card.query`).
 *
 * @example
 * ```ts
 * const value: CardUserInfo = { open_id: '…', user_uni_id: '…' };
 * ```
 */
export interface CardUserInfo {
  open_id?: string;
  user_uni_id?: string;
  user_uni_id_type?: string;
}
export const CardUserInfoShape = (): object => ({ open_id: 0, user_uni_id: 0, user_uni_id_type: 0 });
