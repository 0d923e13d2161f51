// alipay.system.oauth.token — exchange an auth_code (or a refresh_token) for a user access token.
// Its parameters are top-level, not in biz_content; success may carry no `code`; failures may come
// as `error_response` (its API document).
import * as v from 'valibot';
import { type Known, gatewayFields, integer } from './shared.ts';

/**
 * Request of `alipay.system.oauth.token` (sent as top-level parameters).
 *
 * @example
 * ```ts
 * await alipay.execute('alipay.system.oauth.token', { grant_type: 'authorization_code', code: authCode });
 * ```
 */
export const OauthTokenRequestSchema = v.variant('grant_type', [
  v.strictObject({ grant_type: v.literal('authorization_code'), code: v.pipe(v.string(), v.minLength(1), v.maxLength(40)) }),
  v.strictObject({ grant_type: v.literal('refresh_token'), refresh_token: v.pipe(v.string(), v.minLength(1), v.maxLength(40)) }),
]);

/**
 * Result of `alipay.system.oauth.token`: `expires_in` and `re_expires_in` as numbers (the wire
 * sends numbers although the docs say strings); the ids optional (open_id mode has no user_id).
 *
 * @example
 * ```ts
 * const token = await alipay.execute('alipay.system.oauth.token', { grant_type: 'authorization_code', code });
 * token.access_token; token.user_id;
 * ```
 */
export const OauthTokenResponseSchema = v.looseObject({
  ...gatewayFields,
  user_id: v.optional(v.string()),
  open_id: v.optional(v.string()),
  union_id: v.optional(v.string()),
  access_token: v.string(),
  expires_in: integer,
  refresh_token: v.optional(v.string()),
  re_expires_in: v.optional(integer),
  auth_start: v.optional(v.string()),
  auth_token_type: v.optional(v.string()),
});

/**
 * Request of `alipay.system.oauth.token` (sent as top-level parameters).
 *
 * @example
 * ```ts
 * const request: OauthTokenRequest = { grant_type: 'authorization_code', code: authCode };
 * ```
 */
export type OauthTokenRequest = Known<v.InferInput<typeof OauthTokenRequestSchema>>;
/**
 * Result of `alipay.system.oauth.token`.
 *
 * @example
 * ```ts
 * const token: OauthTokenResult = await alipay.execute('alipay.system.oauth.token', request);
 * token.access_token; token.expires_in;
 * ```
 */
export type OauthTokenResult = Known<v.InferOutput<typeof OauthTokenResponseSchema>>;
