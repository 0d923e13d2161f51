// alipay.marketing.card.query — query a membership card by Alipay card number or dynamic code.
// Field rules from the API document (its samples: test/fixtures/card-query/): money, points and
// ids stay strings.
import * as v from 'valibot';
import { type Known, integer, gatewayFields } from './shared.ts';

/**
 * Request (`biz_content`) of `alipay.marketing.card.query`.
 *
 * @example
 * ```ts
 * v.parse(CardQueryRequestSchema, { target_card_no_type: 'BIZ_CARD', target_card_no: '000001' });
 * ```
 */
export const CardQueryRequestSchema = v.looseObject({
  /** `BIZ_CARD` (Alipay card number), `D_QR_CODE` or `D_BAR_CODE` (dynamic code value). */
  target_card_no_type: v.picklist(['BIZ_CARD', 'D_QR_CODE', 'D_BAR_CODE']),
  target_card_no: v.pipe(v.string(), v.maxLength(32)),
  card_user_info: v.optional(
    v.looseObject({
      /** Alipay user id (2088…, 16 digits). */
      user_uni_id: v.string(),
      /** `UID`. */
      user_uni_id_type: v.string(),
    }),
  ),
  ext_info: v.optional(v.pipe(v.string(), v.maxLength(1024))),
});

/** The merchant's dynamic code on a card. */
const MdCodeInfoSchema = v.looseObject({
  /** `SUCCESS`, `FAIL_RETRY` or `FAIL_NOT_RETRY`. */
  code_status: v.string(),
  code_value: v.optional(v.string()),
  /** `yyyy-MM-dd HH:mm:ss`. */
  expire_time: v.optional(v.string()),
  /** When the merchant issued the code (a number; text in XML answers). */
  time_stamp: integer,
});

/** One line of text on the card's front. */
const CardFrontTextSchema = v.looseObject({
  label: v.optional(v.string()),
  value: v.optional(v.string()),
});

/** The card itself. */
const MerchantCardSchema = v.looseObject({
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
export const CardQueryResponseSchema = v.looseObject({
  ...gatewayFields,
  card_info: MerchantCardSchema,
  schema_url: v.string(),
  pass_id: v.optional(v.string()),
});

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
