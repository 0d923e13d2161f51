// Pieces shared by the API schemas.
import * as v from 'valibot';

/**
 * The fields every v2 gateway answer may carry. Success answers have `code: '10000'`; a few APIs
 * (`alipay.system.oauth.token`) answer success with no `code` at all, and v3 answers carry none
 * of these (HTTP status tells success from failure): optional, so one schema serves both.
 */
export const gatewayFields = {
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
export const integer = v.pipe(
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
