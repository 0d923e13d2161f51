// The pieces a membership-card template is made of (style, columns, levels, field rules, the
// activation form's configuration), shared by template.create and template.modify. Apart from
// card-template.ts to keep each file readable; nested DTOs are loose: Alipay adds fields.
import * as v from 'valibot';

// Every exported schema's type is written out: see shared.ts.

// A custom check instead of v.boolean(): the shared valibot chunk every bundle loads stays smaller.
const flag: v.CustomSchema<boolean, v.ErrorMessage<v.CustomIssue> | undefined> = v.custom<boolean>((value) => typeof value === 'boolean', 'Expected true or false');

export const TemplateStyleInfoSchema: v.LooseObjectSchema<
  {
    card_show_name: v.StringSchema<undefined>;
    logo_id: v.StringSchema<undefined>;
    background_id: v.StringSchema<undefined>;
    color: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
    bg_color: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
    brand_name: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
    slogan: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
    slogan_img_id: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
    feature_descriptions: v.OptionalSchema<v.ArraySchema<v.StringSchema<undefined>, undefined>, undefined>;
    front_text_list_enable: v.OptionalSchema<typeof flag, undefined>;
    front_image_enable: v.OptionalSchema<typeof flag, undefined>;
    column_info_layout: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
    banner_img_id: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
    banner_url: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
  },
  undefined
> = v.looseObject({
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

const MoreInfoSchema: v.LooseObjectSchema<
  {
    title: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
    url: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
    params: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
    descs: v.OptionalSchema<v.ArraySchema<v.StringSchema<undefined>, undefined>, undefined>;
  },
  undefined
> = v.looseObject({
  title: v.optional(v.string()),
  url: v.optional(v.string()),
  params: v.optional(v.string()),
  descs: v.optional(v.array(v.string())),
});

const TemplateColumnInfoSchema: v.LooseObjectSchema<
  {
    code: v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.MaxLengthAction<string, 32, undefined>]>;
    title: v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.MaxLengthAction<string, 16, undefined>]>;
    operate_type: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
    value: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
    more_info: v.OptionalSchema<typeof MoreInfoSchema, undefined>;
    icon_id: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
    tag: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
    group_title: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
  },
  undefined
> = v.looseObject({
  code: v.pipe(v.string(), v.maxLength(32)),
  title: v.pipe(v.string(), v.maxLength(16)),
  operate_type: v.optional(v.string()),
  value: v.optional(v.string()),
  more_info: v.optional(MoreInfoSchema),
  icon_id: v.optional(v.string()),
  tag: v.optional(v.string()),
  group_title: v.optional(v.string()),
});

const TemplateFieldRuleSchema: v.LooseObjectSchema<{ field_name: v.StringSchema<undefined>; rule_name: v.StringSchema<undefined>; rule_value: v.StringSchema<undefined> }, undefined> = v.looseObject({
  /** `Balance`, `Point`, `Level`, `OpenDate` or `ValidDate`. */
  field_name: v.string(),
  /** `ASSIGN_FROM_REQUEST`, `DATE_IN_FUTURE` or `CONST`. */
  rule_name: v.string(),
  rule_value: v.string(),
});

const TemplateCardLevelConfSchema: v.LooseObjectSchema<
  {
    level: v.StringSchema<undefined>;
    level_show_name: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
    level_icon: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
    level_desc: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
  },
  undefined
> = v.looseObject({
  level: v.string(),
  level_show_name: v.optional(v.string()),
  level_icon: v.optional(v.string()),
  level_desc: v.optional(v.string()),
});

const TemplateFormConfigSchema: v.LooseObjectSchema<
  {
    fields: v.OptionalSchema<v.LooseObjectSchema<{ required: v.OptionalSchema<v.ArraySchema<v.StringSchema<undefined>, undefined>, undefined>; optional: v.OptionalSchema<v.ArraySchema<v.StringSchema<undefined>, undefined>, undefined> }, undefined>, undefined>;
    open_card_mini_app_id: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
  },
  undefined
> = v.looseObject({
  fields: v.optional(v.looseObject({ required: v.optional(v.array(v.string())), optional: v.optional(v.array(v.string())) })),
  open_card_mini_app_id: v.optional(v.string()),
});

/** What template.create and template.modify share. */
export const templateFields: {
  biz_no_prefix: v.OptionalSchema<v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.MaxLengthAction<string, 16, undefined>]>, undefined>;
  biz_no_suffix_len: v.OptionalSchema<v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.CheckAction<string, string>]>, undefined>;
  write_off_type: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
  template_benefit_info: v.OptionalSchema<v.ArraySchema<v.LooseObjectSchema<{}, undefined>, undefined>, undefined>;
  column_info_list: v.OptionalSchema<v.ArraySchema<typeof TemplateColumnInfoSchema, undefined>, undefined>;
  field_rule_list: v.OptionalSchema<v.ArraySchema<typeof TemplateFieldRuleSchema, undefined>, undefined>;
  card_action_list: v.OptionalSchema<v.ArraySchema<v.LooseObjectSchema<{}, undefined>, undefined>, undefined>;
  card_level_conf: v.OptionalSchema<v.ArraySchema<typeof TemplateCardLevelConfSchema, undefined>, undefined>;
  open_card_conf: v.OptionalSchema<v.LooseObjectSchema<{}, undefined>, undefined>;
  mdcode_notify_conf: v.OptionalSchema<v.LooseObjectSchema<{}, undefined>, undefined>;
  shop_ids: v.OptionalSchema<v.ArraySchema<v.StringSchema<undefined>, undefined>, undefined>;
  pub_channels: v.OptionalSchema<v.ArraySchema<v.LooseObjectSchema<{}, undefined>, undefined>, undefined>;
  card_spec_tag: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
  spi_app_id: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
  access_version: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
  template_form_config: v.OptionalSchema<typeof TemplateFormConfigSchema, undefined>;
  paid_outer_card_conf: v.OptionalSchema<v.LooseObjectSchema<{}, undefined>, undefined>;
} = {
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
