// alipay.marketing.card.activateform.query — read the form a user filled in when applying for a
// membership card. Needs the user's `auth_token` (per-call option `authToken`).
// Field rules from the API document (its samples: test/fixtures/activateform-query/).
import * as v from 'valibot';
import { AlipayError } from '../errors.ts';
import { parseJsonStrict } from '../encoding/json.ts';
import { type Known, gatewayFields } from './shared.ts';

// Every exported schema's type is written out, its entries in an `@inline` alias: see shared.ts.

/** @inline */
type ActivateFormQueryRequestEntries = {
  biz_type: v.LiteralSchema<'MEMBER_CARD', undefined>;
  template_id: v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.MaxLengthAction<string, 1024, undefined>]>;
  request_id: v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.MaxLengthAction<string, 128, undefined>]>;
  auth_token: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
};

/**
 * Request (`biz_content`) of `alipay.marketing.card.activateform.query`.
 *
 * @example
 * ```ts
 * v.parse(ActivateFormQueryRequestSchema, { biz_type: 'MEMBER_CARD', template_id: '2071828288283883', request_id: '2017…' });
 * ```
 */
export const ActivateFormQueryRequestSchema: v.LooseObjectSchema<ActivateFormQueryRequestEntries, undefined> = v.looseObject({
  /** `MEMBER_CARD`. */
  biz_type: v.literal('MEMBER_CARD'),
  template_id: v.pipe(v.string(), v.maxLength(1024)),
  /** From the activation callback URL. */
  request_id: v.pipe(v.string(), v.maxLength(128)),
  /** The user's token, as a field (Alipay's description has it as a query parameter); or the call option `authToken`. */
  auth_token: v.optional(v.string()),
} satisfies ActivateFormQueryRequestEntries);

/** One entry of `infos`: a form field name (`OPEN_FORM_FIELD_…`) and the user's value. */
const FormEntrySchema: v.RecordSchema<v.StringSchema<undefined>, v.StringSchema<undefined>, undefined> = v.record(v.string(), v.string());

/**
 * `infos` arrives as a JSON string (`'[{"OPEN_FORM_FIELD_GENDER":"Male"},…]'`): decoded here into
 * its list of entries, each a field name and a string value. It is signed text too: a field given
 * twice in an entry is refused, not read as its last value.
 */
const InfosSchema: v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.RawTransformAction<string, unknown>, v.ArraySchema<typeof FormEntrySchema, undefined>]> = v.pipe(
  v.string(),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    try {
      return parseJsonStrict(dataset.value, 'infos');
    } catch (err) {
      addIssue({ message: err instanceof AlipayError && /twice/.test(err.message) ? err.message.replace(/^.*?: /, '').replace(/\.$/, '') : 'infos is not valid JSON' });
      return NEVER;
    }
  }),
  v.array(FormEntrySchema),
);

/** @inline */
type ActivateFormQueryNodeEntries = { infos: v.OptionalSchema<typeof InfosSchema, undefined> } & typeof gatewayFields;
/** The checked node and the `fields` the transform adds. */
type ActivateFormQueryFields = { fields: Record<string, string> } & v.InferOutput<v.LooseObjectSchema<ActivateFormQueryNodeEntries, undefined>>;
/**
 * What the transform returns: as `{ ...node, fields }` types it, the node's fields and `fields`
 * with no index signature (a mapped type keeps each field's `?`).
 *
 * @inline
 */
type ActivateFormQueryOutput = { [K in keyof ActivateFormQueryFields as string extends K ? never : K]: ActivateFormQueryFields[K] };

/**
 * Verified result of `alipay.marketing.card.activateform.query`: `infos` decoded into a list of
 * entries, and `fields`, the same entries merged into one record
 * (`fields.OPEN_FORM_FIELD_MOBILE`). Unknown fields Alipay may add are kept.
 *
 * @example
 * ```ts
 * const form = v.parse(ActivateFormQueryResponseSchema, node);
 * form.fields.OPEN_FORM_FIELD_NAME; // 'Tom'
 * ```
 */
export const ActivateFormQueryResponseSchema: v.SchemaWithPipe<
  readonly [
    v.LooseObjectSchema<ActivateFormQueryNodeEntries, undefined>,
    v.TransformAction<v.InferOutput<v.LooseObjectSchema<ActivateFormQueryNodeEntries, undefined>>, ActivateFormQueryOutput>,
  ]
> = v.pipe(
  v.looseObject({
    ...gatewayFields,
    infos: v.optional(InfosSchema),
  }),
  v.transform((node) => ({
    ...node,
    // fromEntries defines own properties: a "__proto__" field name cannot reach the prototype.
    fields: Object.fromEntries((node.infos ?? []).flatMap((entry) => Object.entries(entry))) as Record<string, string>,
  })),
);

/**
 * `biz_content` of `alipay.marketing.card.activateform.query`.
 *
 * @example
 * ```ts
 * const biz: ActivateFormQueryRequest = { biz_type: 'MEMBER_CARD', template_id: '2071828288283883', request_id: '2017021929993993992839493394' };
 * ```
 */
export type ActivateFormQueryRequest = Known<v.InferInput<typeof ActivateFormQueryRequestSchema>>;
/**
 * Result of `alipay.marketing.card.activateform.query`.
 *
 * @example
 * ```ts
 * const form: ActivateFormQueryResult = await alipay.execute('alipay.marketing.card.activateform.query', biz, { authToken });
 * form.fields.OPEN_FORM_FIELD_MOBILE;
 * ```
 */
export type ActivateFormQueryResult = Known<v.InferOutput<typeof ActivateFormQueryResponseSchema>>;
