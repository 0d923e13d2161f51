// Pieces shared by the API schemas.
import * as v from 'valibot';

/**
 * The fields every gateway answer may carry. Success answers have `code: '10000'`; a few APIs
 * (`alipay.system.oauth.token`) answer success with no `code` at all.
 */
export const gatewayFields = {
  code: v.optional(v.string()),
  msg: v.optional(v.string()),
  sub_code: v.optional(v.string()),
  sub_msg: v.optional(v.string()),
};

/**
 * A whole number that JSON sends as a number and XML as text: one schema for both formats.
 * Text must be digits only (no `1e3`, no blanks), and the value a safe integer.
 */
export const integer = v.pipe(
  v.union([v.number(), v.pipe(v.string(), v.regex(/^-?\d{1,16}$/, 'Expected an integer'), v.transform(Number))]),
  v.safeInteger(),
);

/** The gateway fields of an API whose document marks `code` and `msg` as required. */
export const requiredGatewayFields = {
  ...gatewayFields,
  code: v.string(),
  msg: v.string(),
};
