// alipay.system.oauth.token — exchange an auth_code (or a refresh_token) for a user access token.
// Its parameters are top-level, not in biz_content; success may carry no `code`; failures may come
// as `error_response` (its API document).
import * as v from 'valibot';
import { type Known, gatewayFields, integer } from './shared.ts';

// Every exported schema's type is written out, its entries in an `@inline` alias: see shared.ts.

/** @inline */
type AuthorizationCodeEntries = {
  grant_type: v.LiteralSchema<'authorization_code', undefined>;
  code: v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.MinLengthAction<string, 1, undefined>, v.MaxLengthAction<string, 40, undefined>]>;
};
/** @inline */
type RefreshTokenEntries = {
  grant_type: v.LiteralSchema<'refresh_token', undefined>;
  refresh_token: v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.MinLengthAction<string, 1, undefined>, v.MaxLengthAction<string, 40, undefined>]>;
};

/**
 * Request of `alipay.system.oauth.token` (sent as top-level parameters).
 *
 * @example
 * ```ts
 * await alipay.execute('alipay.system.oauth.token', { grant_type: 'authorization_code', code: authCode });
 * ```
 */
export const OauthTokenRequestSchema: v.VariantSchema<'grant_type', [v.StrictObjectSchema<AuthorizationCodeEntries, undefined>, v.StrictObjectSchema<RefreshTokenEntries, undefined>], undefined> = v.variant('grant_type', [
  v.strictObject({ grant_type: v.literal('authorization_code'), code: v.pipe(v.string(), v.minLength(1), v.maxLength(40)) }),
  v.strictObject({ grant_type: v.literal('refresh_token'), refresh_token: v.pipe(v.string(), v.minLength(1), v.maxLength(40)) }),
]);

/** @inline */
type OauthTokenResponseEntries = {
  user_id: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
  open_id: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
  union_id: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
  access_token: v.StringSchema<undefined>;
  expires_in: typeof integer;
  refresh_token: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
  re_expires_in: v.OptionalSchema<typeof integer, undefined>;
  auth_start: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
  auth_token_type: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
} & typeof gatewayFields;

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
export const OauthTokenResponseSchema: v.LooseObjectSchema<OauthTokenResponseEntries, undefined> = v.looseObject({
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
} satisfies OauthTokenResponseEntries);

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
