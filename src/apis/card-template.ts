// alipay.marketing.card.template.create / .modify / .query — membership-card templates
// (from their API documents). Nested DTOs are loose: Alipay adds fields.
import * as v from 'valibot';
import { textOrNumber } from './card-types.ts';
import { type Known, gatewayFields } from './shared.ts';
import { TemplateStyleInfoSchema, templateFields } from './card-template-parts.ts';

// Every exported schema's type is written out, its entries in an `@inline` alias: see shared.ts.

/** @inline */
type TemplateCreateRequestEntries = typeof templateFields & {
  request_id: v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.MinLengthAction<string, 1, undefined>, v.MaxLengthAction<string, 32, undefined>]>;
  card_type: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
  template_style_info: typeof TemplateStyleInfoSchema;
  service_label_list: v.OptionalSchema<v.ArraySchema<v.StringSchema<undefined>, undefined>, undefined>;
};

/**
 * Request of `alipay.marketing.card.template.create` (`notify_url` is the per-call option).
 *
 * @example
 * ```ts
 * const { template_id } = await alipay.execute('alipay.marketing.card.template.create', {
 *   request_id: '2016072600000000000000001',
 *   template_style_info: { card_show_name: 'Demo', logo_id, background_id },
 * });
 * ```
 */
export const TemplateCreateRequestSchema: v.LooseObjectSchema<TemplateCreateRequestEntries, undefined> = v.looseObject({
  request_id: v.pipe(v.string(), v.minLength(1), v.maxLength(32)),
  /** `OUT_MEMBER_CARD`. */
  card_type: v.optional(v.string()),
  template_style_info: TemplateStyleInfoSchema,
  service_label_list: v.optional(v.array(v.string())),
  ...templateFields,
} satisfies TemplateCreateRequestEntries);

/** @inline */
type TemplateCreateResponseEntries = { template_id: v.StringSchema<undefined> } & typeof gatewayFields;

/**
 * Result of `alipay.marketing.card.template.create`.
 *
 * @example
 * ```ts
 * v.parse(TemplateCreateResponseSchema, node).template_id;
 * ```
 */
export const TemplateCreateResponseSchema: v.LooseObjectSchema<TemplateCreateResponseEntries, undefined> = v.looseObject({ ...gatewayFields, template_id: v.string() } satisfies TemplateCreateResponseEntries);

/** @inline */
type TemplateModifyRequestEntries = typeof templateFields & {
  request_id: v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.MinLengthAction<string, 1, undefined>, v.MaxLengthAction<string, 64, undefined>]>;
  template_id: v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.MinLengthAction<string, 1, undefined>, v.MaxLengthAction<string, 32, undefined>]>;
  template_style_info: typeof TemplateStyleInfoSchema;
};

/**
 * Request of `alipay.marketing.card.template.modify`.
 *
 * @example
 * ```ts
 * await alipay.execute('alipay.marketing.card.template.modify', { request_id, template_id, template_style_info });
 * ```
 */
export const TemplateModifyRequestSchema: v.LooseObjectSchema<TemplateModifyRequestEntries, undefined> = v.looseObject({
  request_id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  template_id: v.pipe(v.string(), v.minLength(1), v.maxLength(32)),
  template_style_info: TemplateStyleInfoSchema,
  ...templateFields,
} satisfies TemplateModifyRequestEntries);

/** @inline */
type TemplateModifyResponseEntries = { template_id: v.OptionalSchema<v.StringSchema<undefined>, undefined> } & typeof gatewayFields;

/**
 * Result of `alipay.marketing.card.template.modify`.
 *
 * @example
 * ```ts
 * v.parse(TemplateModifyResponseSchema, node);
 * ```
 */
export const TemplateModifyResponseSchema: v.LooseObjectSchema<TemplateModifyResponseEntries, undefined> = v.looseObject({ ...gatewayFields, template_id: v.optional(v.string()) } satisfies TemplateModifyResponseEntries);

/** @inline */
type TemplateQueryRequestEntries = {
  template_id: v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.MinLengthAction<string, 1, undefined>, v.MaxLengthAction<string, 32, undefined>]>;
};

/**
 * Request of `alipay.marketing.card.template.query`.
 *
 * @example
 * ```ts
 * const template = await alipay.execute('alipay.marketing.card.template.query', { template_id });
 * ```
 */
export const TemplateQueryRequestSchema: v.LooseObjectSchema<TemplateQueryRequestEntries, undefined> = v.looseObject({ template_id: v.pipe(v.string(), v.minLength(1), v.maxLength(32)) } satisfies TemplateQueryRequestEntries);

/** @inline */
type TemplateQueryResponseEntries = {
  card_type: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
  biz_no_prefix: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
  biz_no_suffix_len: v.OptionalSchema<typeof textOrNumber, undefined>;
  write_off_type: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
  template_style_info: v.OptionalSchema<v.LooseObjectSchema<{}, undefined>, undefined>;
  column_info_list: v.OptionalSchema<v.ArraySchema<v.LooseObjectSchema<{}, undefined>, undefined>, undefined>;
  field_rule_list: v.OptionalSchema<v.ArraySchema<v.LooseObjectSchema<{}, undefined>, undefined>, undefined>;
  card_level_confs: v.OptionalSchema<v.ArraySchema<v.LooseObjectSchema<{}, undefined>, undefined>, undefined>;
  shop_ids: v.OptionalSchema<v.ArraySchema<v.StringSchema<undefined>, undefined>, undefined>;
  template_form_config: v.OptionalSchema<v.LooseObjectSchema<{}, undefined>, undefined>;
} & typeof gatewayFields;

/**
 * Result of `alipay.marketing.card.template.query`: every field optional (the sheet marks them
 * so).
 *
 * @example
 * ```ts
 * v.parse(TemplateQueryResponseSchema, node).card_level_confs;
 * ```
 */
export const TemplateQueryResponseSchema: v.LooseObjectSchema<TemplateQueryResponseEntries, undefined> = v.looseObject({
  ...gatewayFields,
  card_type: v.optional(v.string()),
  biz_no_prefix: v.optional(v.string()),
  biz_no_suffix_len: v.optional(textOrNumber),
  write_off_type: v.optional(v.string()),
  template_style_info: v.optional(v.looseObject({})),
  column_info_list: v.optional(v.array(v.looseObject({}))),
  field_rule_list: v.optional(v.array(v.looseObject({}))),
  /** Plural here (create and modify say `card_level_conf`). */
  card_level_confs: v.optional(v.array(v.looseObject({}))),
  shop_ids: v.optional(v.array(v.string())),
  template_form_config: v.optional(v.looseObject({})),
} satisfies TemplateQueryResponseEntries);

/**
 * `biz_content` of `alipay.marketing.card.template.create`.
 *
 * @example
 * ```ts
 * const biz: TemplateCreateRequest = { request_id: 'tpl-1', template_style_info: { card_show_name: 'Demo', logo_id, background_id } };
 * ```
 */
export type TemplateCreateRequest = Known<v.InferInput<typeof TemplateCreateRequestSchema>>;
/**
 * Result of `alipay.marketing.card.template.create`.
 *
 * @example
 * ```ts
 * const { template_id }: TemplateCreateResult = await alipay.execute('alipay.marketing.card.template.create', biz);
 * ```
 */
export type TemplateCreateResult = Known<v.InferOutput<typeof TemplateCreateResponseSchema>>;
/**
 * `biz_content` of `alipay.marketing.card.template.modify`.
 *
 * @example
 * ```ts
 * const biz: TemplateModifyRequest = { request_id: 'tpl-2', template_id, template_style_info };
 * ```
 */
export type TemplateModifyRequest = Known<v.InferInput<typeof TemplateModifyRequestSchema>>;
/**
 * Result of `alipay.marketing.card.template.modify`.
 *
 * @example
 * ```ts
 * const result: TemplateModifyResult = await alipay.execute('alipay.marketing.card.template.modify', biz);
 * ```
 */
export type TemplateModifyResult = Known<v.InferOutput<typeof TemplateModifyResponseSchema>>;
/**
 * `biz_content` of `alipay.marketing.card.template.query`.
 *
 * @example
 * ```ts
 * const biz: TemplateQueryRequest = { template_id };
 * ```
 */
export type TemplateQueryRequest = Known<v.InferInput<typeof TemplateQueryRequestSchema>>;
/**
 * Result of `alipay.marketing.card.template.query`.
 *
 * @example
 * ```ts
 * const template: TemplateQueryResult = await alipay.execute('alipay.marketing.card.template.query', { template_id });
 * template.card_level_confs;
 * ```
 */
export type TemplateQueryResult = Known<v.InferOutput<typeof TemplateQueryResponseSchema>>;
