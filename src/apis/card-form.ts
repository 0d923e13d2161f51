// alipay.marketing.card.formtemplate.set and .activateurl.apply — the activation form and its link
// (from their API documents).
import * as v from 'valibot';
import { type Known, gatewayFields } from './shared.ts';

// Every exported schema's type is written out, its entries in an `@inline` alias: see shared.ts.

/**
 * The form fields Alipay's activation page can ask for.
 *
 * @example
 * ```ts
 * FORM_FIELDS.includes('OPEN_FORM_FIELD_MOBILE'); // true
 * ```
 */
export const FORM_FIELDS = [
  'OPEN_FORM_FIELD_MOBILE',
  'OPEN_FORM_FIELD_GENDER',
  'OPEN_FORM_FIELD_NAME',
  'OPEN_FORM_FIELD_BIRTHDAY',
  'OPEN_FORM_FIELD_BIRTHDAY_WITH_YEAR',
  'OPEN_FORM_FIELD_IDCARD',
  'OPEN_FORM_FIELD_CERT_TYPE',
  'OPEN_FORM_FIELD_CERT_NO',
  'OPEN_FORM_FIELD_EMAIL',
  'OPEN_FORM_FIELD_ADDRESS',
  'OPEN_FORM_FIELD_CITY',
  'OPEN_FORM_FIELD_IS_STUDENT',
  'OPEN_FORM_FIELD_MEMBER_GRADE',
] as const;

/**
 * A form field name; other `OPEN_FORM_FIELD_…` names pass too (the list is not closed).
 *
 * @example
 * ```ts
 * const field: FormField = 'OPEN_FORM_FIELD_MOBILE';
 * ```
 */
export type FormField = (typeof FORM_FIELDS)[number] | (string & {});

/**
 * `{ common_fields }` as users pass it: up to 20 `OPEN_FORM_FIELD_…` names.
 *
 * @inline
 */
type FieldGroupEntries = {
  common_fields: v.SchemaWithPipe<
    readonly [v.ArraySchema<v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.CheckAction<string, string>]>, undefined>, v.MaxLengthAction<string[], 20, undefined>]
  >;
};

/**
 * `{ common_fields: [...] }`: on the wire a JSON *string*; users may pass the object, which is
 * encoded here (or the string, passed as is).
 */
const FieldGroup: v.UnionSchema<
  [
    v.SchemaWithPipe<
      readonly [v.LooseObjectSchema<FieldGroupEntries, undefined>, v.TransformAction<v.InferOutput<v.LooseObjectSchema<FieldGroupEntries, undefined>>, string>]
    >,
    v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.MinLengthAction<string, 2, undefined>]>,
  ],
  undefined
> = v.union([
  v.pipe(
    v.looseObject({ common_fields: v.pipe(v.array(v.pipe(v.string(), v.check((field) => field.startsWith('OPEN_FORM_FIELD_'), 'Expected a field name starting with OPEN_FORM_FIELD_'))), v.maxLength(20)) }),
    v.transform((group) => JSON.stringify(group)),
  ),
  v.pipe(v.string(), v.minLength(2)),
]);

/** @inline */
type FormTemplateSetRequestEntries = {
  template_id: v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.MinLengthAction<string, 1, undefined>, v.MaxLengthAction<string, 128, undefined>]>;
  fields: v.LooseObjectSchema<{ required: typeof FieldGroup; optional: v.OptionalSchema<typeof FieldGroup, undefined> }, undefined>;
};

/**
 * Request of `alipay.marketing.card.formtemplate.set`. `fields.required` needs at least one field.
 *
 * @example
 * ```ts
 * await alipay.execute('alipay.marketing.card.formtemplate.set', {
 *   template_id,
 *   fields: { required: { common_fields: ['OPEN_FORM_FIELD_MOBILE'] }, optional: { common_fields: ['OPEN_FORM_FIELD_GENDER'] } },
 * });
 * ```
 */
export const FormTemplateSetRequestSchema: v.LooseObjectSchema<FormTemplateSetRequestEntries, undefined> = v.looseObject({
  template_id: v.pipe(v.string(), v.minLength(1), v.maxLength(128)),
  fields: v.looseObject({ required: FieldGroup, optional: v.optional(FieldGroup) }),
} satisfies FormTemplateSetRequestEntries);

/** @inline */
type FormTemplateSetResponseEntries = typeof gatewayFields;

/**
 * Result of `alipay.marketing.card.formtemplate.set` (only the gateway fields).
 *
 * @example
 * ```ts
 * v.parse(FormTemplateSetResponseSchema, node);
 * ```
 */
export const FormTemplateSetResponseSchema: v.LooseObjectSchema<FormTemplateSetResponseEntries, undefined> = v.looseObject({ ...gatewayFields } satisfies FormTemplateSetResponseEntries);

/** @inline */
type ActivateUrlApplyRequestEntries = {
  template_id: v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.MinLengthAction<string, 1, undefined>, v.MaxLengthAction<string, 1024, undefined>]>;
  out_string: v.OptionalSchema<v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.MinLengthAction<string, 1, undefined>, v.MaxLengthAction<string, 256, undefined>]>, undefined>;
  callback: v.OptionalSchema<
    v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.MaxLengthAction<string, 10240, undefined>, v.CheckAction<string, string>, v.CheckAction<string, string>]>,
    undefined
  >;
  follow_app_id: v.OptionalSchema<v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.MaxLengthAction<string, 512, undefined>]>, undefined>;
};

/**
 * Request of `alipay.marketing.card.activateurl.apply`. `callback` must not carry a query string
 * (put context in `out_string`).
 *
 * @example
 * ```ts
 * const { apply_card_url } = await alipay.execute('alipay.marketing.card.activateurl.apply', { template_id, callback, out_string });
 * ```
 */
export const ActivateUrlApplyRequestSchema: v.LooseObjectSchema<ActivateUrlApplyRequestEntries, undefined> = v.looseObject({
  template_id: v.pipe(v.string(), v.minLength(1), v.maxLength(1024)),
  out_string: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(256))),
  callback: v.optional(v.pipe(v.string(), v.maxLength(10240), v.check((url) => URL.canParse(url), 'callback must be an absolute URL'), v.check((url) => !url.includes('?'), 'callback must not carry query parameters; use out_string'))),
  follow_app_id: v.optional(v.pipe(v.string(), v.maxLength(512))),
} satisfies ActivateUrlApplyRequestEntries);

/** The link arrives URL-encoded (sometimes twice): decoded here, once or twice as needed. */
function decodeApplyUrl(value: string): string | undefined {
  try {
    let url = decodeURIComponent(value);
    if (/^https?%3A/i.test(url)) url = decodeURIComponent(url);
    return url;
  } catch {
    return undefined;
  }
}

/** @inline */
type ActivateUrlApplyResponseEntries = {
  apply_card_url: v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.RawTransformAction<string, string>]>;
} & typeof gatewayFields;

/**
 * Result of `alipay.marketing.card.activateurl.apply`, `apply_card_url` decoded and checked to be
 * an https URL.
 *
 * @example
 * ```ts
 * result.apply_card_url; // 'https://memberprod.alipay.com/account/openform/activecard.htm?…'
 * ```
 */
export const ActivateUrlApplyResponseSchema: v.LooseObjectSchema<ActivateUrlApplyResponseEntries, undefined> = v.looseObject({
  ...gatewayFields,
  apply_card_url: v.pipe(
    v.string(),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const url = decodeApplyUrl(dataset.value);
      if (url === undefined || !/^https:\/\//.test(url)) {
        addIssue({ message: 'apply_card_url is not a URL-encoded https link' });
        return NEVER;
      }
      return url;
    }),
  ),
} satisfies ActivateUrlApplyResponseEntries);

/**
 * `biz_content` of `alipay.marketing.card.formtemplate.set` (field groups as objects or JSON
 * strings).
 *
 * @example
 * ```ts
 * const biz: FormTemplateSetRequest = { template_id, fields: { required: { common_fields: ['OPEN_FORM_FIELD_MOBILE'] } } };
 * ```
 */
export type FormTemplateSetRequest = Known<v.InferInput<typeof FormTemplateSetRequestSchema>>;
/**
 * Result of `alipay.marketing.card.formtemplate.set` (only the gateway fields).
 *
 * @example
 * ```ts
 * const result: FormTemplateSetResult = await alipay.execute('alipay.marketing.card.formtemplate.set', biz);
 * ```
 */
export type FormTemplateSetResult = Known<v.InferOutput<typeof FormTemplateSetResponseSchema>>;
/**
 * `biz_content` of `alipay.marketing.card.activateurl.apply`.
 *
 * @example
 * ```ts
 * const biz: ActivateUrlApplyRequest = { template_id, callback: 'https://merchant.example/cb', out_string: 'shop-42' };
 * ```
 */
export type ActivateUrlApplyRequest = Known<v.InferInput<typeof ActivateUrlApplyRequestSchema>>;
/**
 * Result of `alipay.marketing.card.activateurl.apply`: `apply_card_url` decoded.
 *
 * @example
 * ```ts
 * const { apply_card_url }: ActivateUrlApplyResult = await alipay.execute('alipay.marketing.card.activateurl.apply', { template_id });
 * ```
 */
export type ActivateUrlApplyResult = Known<v.InferOutput<typeof ActivateUrlApplyResponseSchema>>;
