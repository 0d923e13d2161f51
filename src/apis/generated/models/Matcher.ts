// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `Matcher`, a model of Alipay's v3 description (in `alipay.open.public.matchuser.label.create`, `alipay.open.public.matchuser.label.delete`).
 *
 * @example
 * ```ts
 * const value: Matcher = { identity_card: '…', mobile_no: '…' };
 * ```
 */
export interface Matcher {
  identity_card?: string;
  mobile_no?: string;
  open_id?: string;
  user_id?: string;
}
export const MatcherShape = (): object => ({ identity_card: 0, mobile_no: 0, open_id: 0, user_id: 0 });
