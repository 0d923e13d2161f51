// alipay.marketing.card.query — query a membership card by Alipay card number or dynamic code.
// Field rules from the API document (its samples: test/fixtures/card-query/): money, points and
// ids stay strings.
import * as v from 'valibot';
import { CardFrontTextSchema, type Known, MdCodeInfoSchema, gatewayFields } from './shared.ts';

// Every exported schema's type is written out, its entries in an `@inline` alias: see shared.ts.

/** @inline */
type CardQueryRequestEntries = {
  target_card_no_type: v.PicklistSchema<['BIZ_CARD', 'D_QR_CODE', 'D_BAR_CODE'], undefined>;
  target_card_no: v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.MaxLengthAction<string, 32, undefined>]>;
  card_user_info: v.OptionalSchema<
    v.LooseObjectSchema<{ user_uni_id: v.StringSchema<undefined>; user_uni_id_type: v.StringSchema<undefined>; open_id: v.OptionalSchema<v.StringSchema<undefined>, undefined> }, undefined>,
    undefined
  >;
  template_id: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
  ext_info: v.OptionalSchema<v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.MaxLengthAction<string, 1024, undefined>]>, undefined>;
};

/**
 * Request (`biz_content`) of `alipay.marketing.card.query`.
 *
 * @example
 * ```ts
 * v.parse(CardQueryRequestSchema, { target_card_no_type: 'BIZ_CARD', target_card_no: '000001' });
 * ```
 */
export const CardQueryRequestSchema: v.LooseObjectSchema<CardQueryRequestEntries, undefined> = v.looseObject({
  /** `BIZ_CARD` (Alipay card number), `D_QR_CODE` or `D_BAR_CODE` (dynamic code value). */
  target_card_no_type: v.picklist(['BIZ_CARD', 'D_QR_CODE', 'D_BAR_CODE']),
  target_card_no: v.pipe(v.string(), v.maxLength(32)),
  card_user_info: v.optional(
    v.looseObject({
      /** Alipay user id (2088…, 16 digits). */
      user_uni_id: v.string(),
      /** `UID`. */
      user_uni_id_type: v.string(),
      /** The user's OpenID (Alipay's description has it beside the UID). */
      open_id: v.optional(v.string()),
    }),
  ),
  /** The card template (Alipay's description has it). */
  template_id: v.optional(v.string()),
  ext_info: v.optional(v.pipe(v.string(), v.maxLength(1024))),
} satisfies CardQueryRequestEntries);

/** The card itself. */
const MerchantCardSchema: v.LooseObjectSchema<
  {
    biz_card_no: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
    external_card_no: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
    open_date: v.StringSchema<undefined>;
    valid_date: v.StringSchema<undefined>;
    level: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
    point: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
    balance: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
    template_id: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
    mdcode_info: v.OptionalSchema<typeof MdCodeInfoSchema, undefined>;
    front_text_list: v.OptionalSchema<v.ArraySchema<typeof CardFrontTextSchema, undefined>, undefined>;
    front_image_id: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
  },
  undefined
> = v.looseObject({
  biz_card_no: v.optional(v.string()),
  external_card_no: v.optional(v.string()),
  /** `yyyy-MM-dd HH:mm:ss`. */
  open_date: v.string(),
  /** `yyyy-MM-dd HH:mm:ss`. */
  valid_date: v.string(),
  level: v.optional(v.string()),
  /** Points, as a decimal string (`'88'`). */
  point: v.optional(v.string()),
  /** Balance in yuan, as a decimal string (`'124.89'`): never a float. */
  balance: v.optional(v.string()),
  template_id: v.optional(v.string()),
  mdcode_info: v.optional(MdCodeInfoSchema),
  front_text_list: v.optional(v.array(CardFrontTextSchema)),
  front_image_id: v.optional(v.string()),
});

/** @inline */
type CardQueryResponseEntries = {
  card_info: typeof MerchantCardSchema;
  schema_url: v.StringSchema<undefined>;
  pass_id: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
} & typeof gatewayFields;

/**
 * Verified result of `alipay.marketing.card.query` (the `alipay_marketing_card_query_response`
 * node). Unknown fields Alipay may add are kept.
 *
 * @example
 * ```ts
 * const card = v.parse(CardQueryResponseSchema, node);
 * card.card_info.balance; // '124.89'
 * ```
 */
export const CardQueryResponseSchema: v.LooseObjectSchema<CardQueryResponseEntries, undefined> = v.looseObject({
  ...gatewayFields,
  card_info: MerchantCardSchema,
  schema_url: v.string(),
  pass_id: v.optional(v.string()),
} satisfies CardQueryResponseEntries);

/**
 * `biz_content` of `alipay.marketing.card.query`.
 *
 * @example
 * ```ts
 * const biz: CardQueryRequest = { target_card_no_type: 'BIZ_CARD', target_card_no: '000001' };
 * ```
 */
export type CardQueryRequest = Known<v.InferInput<typeof CardQueryRequestSchema>>;
/**
 * Result of `alipay.marketing.card.query`.
 *
 * @example
 * ```ts
 * const card: CardQueryResult = await alipay.execute('alipay.marketing.card.query', biz);
 * card.card_info.balance; // '124.89'
 * ```
 */
export type CardQueryResult = Known<v.InferOutput<typeof CardQueryResponseSchema>>;
