// Types shared by the card APIs (card.open's and the templates' API documents).
import * as v from 'valibot';
import { CardFrontTextSchema, MdCodeInfoSchema } from './shared.ts';

// Every exported schema's type is written out, its entries in an `@inline` alias: see shared.ts.

/** A string or a number on the wire (the documents leave the wire type in doubt): kept as text. */
export const textOrNumber: v.SchemaWithPipe<readonly [v.CustomSchema<string | number, v.ErrorMessage<v.CustomIssue> | undefined>, v.TransformAction<string | number, string>]> = v.pipe(
  v.custom<string | number>((value) => typeof value === 'string' || typeof value === 'number', 'Expected a string or a number'),
  v.transform(String),
);

/** `yyyy-MM-dd HH:mm:ss`. */
export const dateTime: v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.CheckAction<string, string>]> = v.pipe(v.string(), v.check((value) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(value), 'Expected yyyy-MM-dd HH:mm:ss'));

/** @inline */
type CardUserInfoEntries = {
  user_uni_id: v.OptionalSchema<v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.MaxLengthAction<string, 32, undefined>]>, undefined>;
  open_id: v.OptionalSchema<v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.MaxLengthAction<string, 128, undefined>]>, undefined>;
  user_uni_id_type: v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.MinLengthAction<string, 1, undefined>, v.MaxLengthAction<string, 32, undefined>]>;
};

/**
 * The user a card belongs to: an Alipay user id (`2088…`) or an app-scoped `open_id`.
 *
 * @example
 * ```ts
 * v.parse(CardUserInfoSchema, { user_uni_id: '2088102150477652', user_uni_id_type: 'UID' });
 * ```
 */
export const CardUserInfoSchema: v.SchemaWithPipe<
  readonly [v.LooseObjectSchema<CardUserInfoEntries, undefined>, v.CheckAction<v.InferOutput<v.LooseObjectSchema<CardUserInfoEntries, undefined>>, string>]
> = v.pipe(
  v.looseObject({
    user_uni_id: v.optional(v.pipe(v.string(), v.maxLength(32))),
    open_id: v.optional(v.pipe(v.string(), v.maxLength(128))),
    // `UID`.
    user_uni_id_type: v.pipe(v.string(), v.minLength(1), v.maxLength(32)),
  }),
  v.check((user) => user.user_uni_id !== undefined || user.open_id !== undefined, 'Expected user_uni_id or open_id'),
);

/** @inline */
type MerchantCardRequestEntries = {
  external_card_no: v.OptionalSchema<v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.MinLengthAction<string, 1, undefined>, v.MaxLengthAction<string, 64, undefined>]>, undefined>;
  open_date: v.OptionalSchema<typeof dateTime, undefined>;
  valid_date: v.OptionalSchema<typeof dateTime, undefined>;
  level: v.OptionalSchema<v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.MaxLengthAction<string, 64, undefined>]>, undefined>;
  point: v.OptionalSchema<v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.CheckAction<string, string>]>, undefined>;
  balance: v.OptionalSchema<v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.CheckAction<string, string>]>, undefined>;
  front_text_list: v.OptionalSchema<
    v.SchemaWithPipe<readonly [v.ArraySchema<typeof CardFrontTextSchema, undefined>, v.MaxLengthAction<v.InferOutput<typeof CardFrontTextSchema>[], 4, undefined>]>,
    undefined
  >;
  front_image_id: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
  mdcode_info: v.OptionalSchema<typeof MdCodeInfoSchema, undefined>;
  custom_assets: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
  template_id: v.OptionalSchema<v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.MaxLengthAction<string, 32, undefined>]>, undefined>;
  biz_card_no: v.OptionalSchema<v.PicklistSchema<[], string>, undefined>;
};

/**
 * MerchantCard as a request sends it (card.open `card_ext_info`, card.update `card_info`): money
 * and points are decimal strings, never floats; `biz_card_no` is never sent.
 *
 * @example
 * ```ts
 * v.parse(MerchantCardRequestSchema, { point: '88', balance: '124.89' });
 * ```
 */
export const MerchantCardRequestSchema: v.LooseObjectSchema<MerchantCardRequestEntries, undefined> = v.looseObject({
  external_card_no: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(64))),
  open_date: v.optional(dateTime),
  valid_date: v.optional(dateTime),
  level: v.optional(v.pipe(v.string(), v.maxLength(64))),
  point: v.optional(v.pipe(v.string(), v.check((value) => /^-?\d+(\.\d{1,2})?$/.test(value), 'Expected a number with at most 2 decimals, as a string'))),
  balance: v.optional(v.pipe(v.string(), v.check((value) => /^-?\d+(\.\d{1,2})?$/.test(value), 'Expected yuan with at most 2 decimals, as a string'))),
  front_text_list: v.optional(v.pipe(v.array(CardFrontTextSchema), v.maxLength(4))),
  front_image_id: v.optional(v.string()),
  mdcode_info: v.optional(MdCodeInfoSchema),
  custom_assets: v.optional(v.string()),
  template_id: v.optional(v.pipe(v.string(), v.maxLength(32))),
  // An empty picklist admits no value (like v.never) without bundling one more schema.
  biz_card_no: v.optional(v.picklist([], 'biz_card_no is assigned by Alipay; do not send it')),
} satisfies MerchantCardRequestEntries);

/** @inline */
type MerchantCardResponseEntries = {
  biz_card_no: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
  external_card_no: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
  open_date: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
  valid_date: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
  level: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
  point: v.OptionalSchema<typeof textOrNumber, undefined>;
  balance: v.OptionalSchema<typeof textOrNumber, undefined>;
  template_id: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
  front_text_list: v.OptionalSchema<v.ArraySchema<typeof CardFrontTextSchema, undefined>, undefined>;
  front_image_id: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
  mdcode_info: v.OptionalSchema<typeof MdCodeInfoSchema, undefined>;
};

/**
 * MerchantCard as answers carry it (lenient where the sheets are unsure).
 *
 * @example
 * ```ts
 * v.parse(MerchantCardResponseSchema, node.card_info).biz_card_no;
 * ```
 */
export const MerchantCardResponseSchema: v.LooseObjectSchema<MerchantCardResponseEntries, undefined> = v.looseObject({
  biz_card_no: v.optional(v.string()),
  external_card_no: v.optional(v.string()),
  open_date: v.optional(v.string()),
  valid_date: v.optional(v.string()),
  level: v.optional(v.string()),
  point: v.optional(textOrNumber),
  balance: v.optional(textOrNumber),
  template_id: v.optional(v.string()),
  front_text_list: v.optional(v.array(CardFrontTextSchema)),
  front_image_id: v.optional(v.string()),
  mdcode_info: v.optional(MdCodeInfoSchema),
} satisfies MerchantCardResponseEntries);

/** @inline */
type MerchantMemberEntries = {
  name: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
  gende: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
  birth: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
  cell: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
};

/**
 * The member's profile sent with card.open (`MerchantMenber`, Alipay's spelling; `gende` too).
 *
 * @example
 * ```ts
 * v.parse(MerchantMemberSchema, { name: '张三', cell: '13800000000' });
 * ```
 */
export const MerchantMemberSchema: v.LooseObjectSchema<MerchantMemberEntries, undefined> = v.looseObject({
  name: v.optional(v.string()),
  gende: v.optional(v.string()),
  birth: v.optional(v.string()),
  cell: v.optional(v.string()),
} satisfies MerchantMemberEntries);
