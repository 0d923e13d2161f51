// alipay.marketing.card.template.create / .modify / .query — membership-card templates
// (from their API documents). Nested DTOs are loose: Alipay adds fields.
import * as v from 'valibot';
import { textOrNumber } from './card-types.ts';
import { type Known, gatewayFields } from './shared.ts';

// A custom check instead of v.boolean(): the shared valibot chunk every bundle loads stays smaller.
const flag = v.custom<boolean>((value) => typeof value === 'boolean', 'Expected true or false');

const TemplateStyleInfoSchema = v.looseObject({
  card_show_name: v.string(),
  logo_id: v.string(),
  background_id: v.string(),
  color: v.optional(v.string()),
  bg_color: v.optional(v.string()),
  brand_name: v.optional(v.string()),
  slogan: v.optional(v.string()),
  slogan_img_id: v.optional(v.string()),
  feature_descriptions: v.optional(v.array(v.string())),
  front_text_list_enable: v.optional(flag),
  front_image_enable: v.optional(flag),
  column_info_layout: v.optional(v.string()),
  banner_img_id: v.optional(v.string()),
  banner_url: v.optional(v.string()),
});

const MoreInfoSchema = v.looseObject({
  title: v.optional(v.string()),
  url: v.optional(v.string()),
  params: v.optional(v.string()),
  descs: v.optional(v.array(v.string())),
});

const TemplateColumnInfoSchema = v.looseObject({
  code: v.pipe(v.string(), v.maxLength(32)),
  title: v.pipe(v.string(), v.maxLength(16)),
  operate_type: v.optional(v.string()),
  value: v.optional(v.string()),
  more_info: v.optional(MoreInfoSchema),
  icon_id: v.optional(v.string()),
  tag: v.optional(v.string()),
  group_title: v.optional(v.string()),
});

const TemplateFieldRuleSchema = v.looseObject({
  /** `Balance`, `Point`, `Level`, `OpenDate` or `ValidDate`. */
  field_name: v.string(),
  /** `ASSIGN_FROM_REQUEST`, `DATE_IN_FUTURE` or `CONST`. */
  rule_name: v.string(),
  rule_value: v.string(),
});

const TemplateCardLevelConfSchema = v.looseObject({
  level: v.string(),
  level_show_name: v.optional(v.string()),
  level_icon: v.optional(v.string()),
  level_desc: v.optional(v.string()),
});

const TemplateFormConfigSchema = v.looseObject({
  fields: v.optional(v.looseObject({ required: v.optional(v.array(v.string())), optional: v.optional(v.array(v.string())) })),
  open_card_mini_app_id: v.optional(v.string()),
});

/** What template.create and template.modify share. */
const templateFields = {
  biz_no_prefix: v.optional(v.pipe(v.string(), v.maxLength(16))),
  biz_no_suffix_len: v.optional(v.pipe(v.string(), v.check((value) => /^\d{1,2}$/.test(value), 'Expected a length of 8 to 32, as a string'))),
  write_off_type: v.optional(v.string()),
  template_benefit_info: v.optional(v.array(v.looseObject({}))),
  column_info_list: v.optional(v.array(TemplateColumnInfoSchema)),
  field_rule_list: v.optional(v.array(TemplateFieldRuleSchema)),
  card_action_list: v.optional(v.array(v.looseObject({}))),
  card_level_conf: v.optional(v.array(TemplateCardLevelConfSchema)),
  open_card_conf: v.optional(v.looseObject({})),
  mdcode_notify_conf: v.optional(v.looseObject({})),
  shop_ids: v.optional(v.array(v.string())),
  pub_channels: v.optional(v.array(v.looseObject({}))),
  card_spec_tag: v.optional(v.string()),
  spi_app_id: v.optional(v.string()),
  access_version: v.optional(v.string()),
  template_form_config: v.optional(TemplateFormConfigSchema),
  paid_outer_card_conf: v.optional(v.looseObject({})),
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
export const TemplateCreateRequestSchema = v.looseObject({
  request_id: v.pipe(v.string(), v.minLength(1), v.maxLength(32)),
  /** `OUT_MEMBER_CARD`. */
  card_type: v.optional(v.string()),
  template_style_info: TemplateStyleInfoSchema,
  service_label_list: v.optional(v.array(v.string())),
  ...templateFields,
});

/**
 * Result of `alipay.marketing.card.template.create`.
 *
 * @example
 * ```ts
 * v.parse(TemplateCreateResponseSchema, node).template_id;
 * ```
 */
export const TemplateCreateResponseSchema = v.looseObject({ ...gatewayFields, template_id: v.string() });

/**
 * Request of `alipay.marketing.card.template.modify`.
 *
 * @example
 * ```ts
 * await alipay.execute('alipay.marketing.card.template.modify', { request_id, template_id, template_style_info });
 * ```
 */
export const TemplateModifyRequestSchema = v.looseObject({
  request_id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  template_id: v.pipe(v.string(), v.minLength(1), v.maxLength(32)),
  template_style_info: TemplateStyleInfoSchema,
  ...templateFields,
});

/**
 * Result of `alipay.marketing.card.template.modify`.
 *
 * @example
 * ```ts
 * v.parse(TemplateModifyResponseSchema, node);
 * ```
 */
export const TemplateModifyResponseSchema = v.looseObject({ ...gatewayFields, template_id: v.optional(v.string()) });

/**
 * Request of `alipay.marketing.card.template.query`.
 *
 * @example
 * ```ts
 * const template = await alipay.execute('alipay.marketing.card.template.query', { template_id });
 * ```
 */
export const TemplateQueryRequestSchema = v.looseObject({ template_id: v.pipe(v.string(), v.minLength(1), v.maxLength(32)) });

/**
 * Result of `alipay.marketing.card.template.query`: every field optional (the sheet marks them
 * so).
 *
 * @example
 * ```ts
 * v.parse(TemplateQueryResponseSchema, node).card_level_confs;
 * ```
 */
export const TemplateQueryResponseSchema = v.looseObject({
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
});

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
