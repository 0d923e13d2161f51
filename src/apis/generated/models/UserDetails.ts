// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `UserDetails`, a model of Alipay's v3 description (in `alipay.eco.edu.kt.billing.send`, `alipay.eco.edu.kt.student.modify`).
 *
 * @example
 * ```ts
 * const value: UserDetails = { user_change_mobile: '…', user_mobile: '…' };
 * ```
 */
export interface UserDetails {
  user_change_mobile?: string;
  user_mobile?: string;
  user_name?: string;
  user_relation?: string;
}
export const UserDetailsShape = (): object => ({ user_change_mobile: 0, user_mobile: 0, user_name: 0, user_relation: 0 });
