// Pieces shared by the API schemas.
//
// Every exported schema in apis/ has an explicit type (JSR rejects inferred "slow types" in a public
// API), spelt in valibot's own schema types so that `v.InferInput`, `v.InferOutput`, `RequestOf`
// and `ResultOf` are what inference gave (check messages are typed `string`: the text lives in the
// code only). Object entries go in a `/** @inline */` alias next to the schema, `typeof` reuses a
// const's type: TypeDoc then shows valibot's types in place, where a helper alias such as
// `type Str = v.StringSchema<undefined>` would be an unexported name in the reference, which
// `npm run docs` fails on. The types are checked against the values by assignment only: a field
// left out of an entries type still compiles, so add every new field to both.
import * as v from 'valibot';

/**
 * The fields every v2 gateway answer may carry. Success answers have `code: '10000'`; a few APIs
 * (`alipay.system.oauth.token`) answer success with no `code` at all, and v3 answers carry none
 * of these (HTTP status tells success from failure): optional, so one schema serves both.
 */
export const gatewayFields: {
  code: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
  msg: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
  sub_code: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
  sub_msg: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
} = {
  code: v.optional(v.string()),
  msg: v.optional(v.string()),
  sub_code: v.optional(v.string()),
  sub_msg: v.optional(v.string()),
};

/**
 * A whole number that JSON sends as a number and XML as text: one schema for both formats.
 * Text must be digits only (no `1e3`, no blanks), and the value a safe integer. (One raw
 * transform rather than a union of two pipes: the same rule in less bundled code.)
 */
export const integer: v.SchemaWithPipe<readonly [v.UnknownSchema, v.RawTransformAction<unknown, number>]> = v.pipe(
  v.unknown(),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const value = dataset.value;
    const number = typeof value === 'number' ? value : typeof value === 'string' && /^-?\d{1,16}$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(number)) {
      addIssue({ message: `Expected an integer (a number, or digits as text), got ${typeof value === 'string' ? JSON.stringify(value) : typeof value === 'number' ? String(value) : typeof value}` });
      return NEVER;
    }
    return number;
  }),
);

/**
 * `T` with its known fields only, at every depth: no index signature, so a misspelt field is a
 * compile error that names it. (At run time the answers keep every field Alipay adds; read a new one
 * with an explicit index access: `(card as Record<string, unknown>).new_field`.)
 *
 * @example
 * ```ts
 * type Card = Known<{ balance?: string; [key: string]: unknown }>; // { balance?: string }
 * type Fields = Known<Record<string, string>>;                      // Record<string, string>
 * ```
 */
export type Known<T> = T extends Blob | Uint8Array | Date | ((...args: never[]) => unknown)
  ? T
  : T extends readonly (infer U)[]
    ? Known<U>[]
    : T extends object
      ? [keyof { [K in keyof T as string extends K ? never : number extends K ? never : K]: 0 }] extends [never]
        ? T // a record (only an index signature, such as a form's fields): kept as it is
        : { [K in keyof T as string extends K ? never : number extends K ? never : K]: Known<T[K]> }
      : T;

/**
 * One line of text on the card's face (card.query's answer, card.open and card.update).
 *
 * @example
 * ```ts
 * v.parse(CardFrontTextSchema, { label: 'Level', value: 'Gold' });
 * ```
 */
export const CardFrontTextSchema: v.LooseObjectSchema<
  { label: v.OptionalSchema<v.StringSchema<undefined>, undefined>; value: v.OptionalSchema<v.StringSchema<undefined>, undefined> },
  undefined
> = v.looseObject({ label: v.optional(v.string()), value: v.optional(v.string()) });

/**
 * The merchant's dynamic code on a card (card.query's answer, card.open and card.update).
 *
 * @example
 * ```ts
 * v.parse(MdCodeInfoSchema, { code_status: 'SUCCESS', time_stamp: 1496720409 }).time_stamp; // 1496720409
 * ```
 */
export const MdCodeInfoSchema: v.LooseObjectSchema<
  {
    code_status: v.StringSchema<undefined>;
    code_value: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
    expire_time: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
    time_stamp: typeof integer;
  },
  undefined
> = v.looseObject({
  /** `SUCCESS`, `FAIL_RETRY` or `FAIL_NOT_RETRY`. */
  code_status: v.string(),
  code_value: v.optional(v.string()),
  /** `yyyy-MM-dd HH:mm:ss`. */
  expire_time: v.optional(v.string()),
  /** When the merchant issued the code, in seconds (a number; text in XML answers). */
  time_stamp: integer,
});
