// alipay.marketing.card.activateform.query — read the form a user filled in when applying for a
// membership card. Needs the user's `auth_token` (per-call option `authToken`).
// Field rules from the API document (its samples: test/fixtures/activateform-query/).
import * as v from 'valibot';
import { type Known, gatewayFields } from './shared.ts';

/**
 * Request (`biz_content`) of `alipay.marketing.card.activateform.query`.
 *
 * @example
 * ```ts
 * v.parse(ActivateFormQueryRequestSchema, { biz_type: 'MEMBER_CARD', template_id: '2071828288283883', request_id: '2017…' });
 * ```
 */
export const ActivateFormQueryRequestSchema = v.looseObject({
  /** `MEMBER_CARD`. */
  biz_type: v.literal('MEMBER_CARD'),
  template_id: v.pipe(v.string(), v.maxLength(1024)),
  /** From the activation callback URL. */
  request_id: v.pipe(v.string(), v.maxLength(128)),
});

/** One entry of `infos`: a form field name (`OPEN_FORM_FIELD_…`) and the user's value. */
const FormEntrySchema = v.record(v.string(), v.string());

/**
 * `infos` arrives as a JSON string (`'[{"OPEN_FORM_FIELD_GENDER":"Male"},…]'`): decoded here into
 * its list of entries, each a field name and a string value.
 */
const InfosSchema = v.pipe(
  v.string(),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    try {
      return JSON.parse(dataset.value) as unknown;
    } catch {
      addIssue({ message: 'infos is not valid JSON' });
      return NEVER;
    }
  }),
  v.array(FormEntrySchema),
);

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
export const ActivateFormQueryResponseSchema = v.pipe(
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
