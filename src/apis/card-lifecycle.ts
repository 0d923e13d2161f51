// alipay.marketing.card.open / .update / .delete — issuing, updating and deleting one card
// (from their API documents).
import * as v from 'valibot';
import { CardUserInfoSchema, MerchantCardRequestSchema, MerchantCardResponseSchema, MerchantMemberSchema, dateTime } from './card-types.ts';
import { type Known, gatewayFields } from './shared.ts';

// Every exported schema's type is written out, its entries in an `@inline` alias: see shared.ts.

/** @inline */
type CardOpenRequestEntries = {
  out_serial_no: v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.MinLengthAction<string, 1, undefined>, v.MaxLengthAction<string, 64, undefined>]>;
  card_template_id: v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.MinLengthAction<string, 1, undefined>, v.MaxLengthAction<string, 32, undefined>]>;
  card_user_info: typeof CardUserInfoSchema;
  card_ext_info: typeof MerchantCardRequestSchema;
  member_ext_info: v.OptionalSchema<typeof MerchantMemberSchema, undefined>;
  open_card_channel: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
  open_card_channel_id: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
  paid_outer_card_info: v.OptionalSchema<v.LooseObjectSchema<{}, undefined>, undefined>;
};

/**
 * Request of `alipay.marketing.card.open`; the user's access token goes in the `authToken` option.
 *
 * @example
 * ```ts
 * const opened = await alipay.execute('alipay.marketing.card.open', {
 *   out_serial_no: '2016062700001',
 *   card_template_id: templateId,
 *   card_user_info: { user_uni_id: userId, user_uni_id_type: 'UID' },
 *   card_ext_info: { external_card_no: 'EXT0001', open_date, valid_date, point: '0', balance: '0.00' },
 * }, { authToken: accessToken });
 * opened.card_info.biz_card_no; // store it
 * ```
 */
export const CardOpenRequestSchema: v.LooseObjectSchema<CardOpenRequestEntries, undefined> = v.looseObject({
  out_serial_no: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  card_template_id: v.pipe(v.string(), v.minLength(1), v.maxLength(32)),
  card_user_info: CardUserInfoSchema,
  card_ext_info: MerchantCardRequestSchema,
  member_ext_info: v.optional(MerchantMemberSchema),
  open_card_channel: v.optional(v.string()),
  open_card_channel_id: v.optional(v.string()),
  paid_outer_card_info: v.optional(v.looseObject({})),
} satisfies CardOpenRequestEntries);

/** @inline */
type CardOpenResponseEntries = {
  card_info: v.SchemaWithPipe<readonly [typeof MerchantCardResponseSchema, v.CheckAction<v.InferOutput<typeof MerchantCardResponseSchema>, string>]>;
  open_card_channel: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
  open_card_channel_id: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
} & typeof gatewayFields;

/**
 * Result of `alipay.marketing.card.open`: the issued card with its `biz_card_no`.
 *
 * @example
 * ```ts
 * v.parse(CardOpenResponseSchema, node).card_info.biz_card_no;
 * ```
 */
export const CardOpenResponseSchema: v.LooseObjectSchema<CardOpenResponseEntries, undefined> = v.looseObject({
  ...gatewayFields,
  card_info: v.pipe(MerchantCardResponseSchema, v.check((card) => typeof card.biz_card_no === 'string', 'Expected card_info.biz_card_no')),
  open_card_channel: v.optional(v.string()),
  open_card_channel_id: v.optional(v.string()),
} satisfies CardOpenResponseEntries);

/** @inline */
type CardUpdateRequestEntries = {
  target_card_no: v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.MinLengthAction<string, 1, undefined>, v.MaxLengthAction<string, 32, undefined>]>;
  target_card_no_type: v.LiteralSchema<'BIZ_CARD', undefined>;
  occur_time: typeof dateTime;
  card_info: typeof MerchantCardRequestSchema;
  merchant_card_msg_info: v.OptionalSchema<v.LooseObjectSchema<{ changed_point: v.OptionalSchema<v.StringSchema<undefined>, undefined> }, undefined>, undefined>;
  mcard_style_info: v.OptionalSchema<v.LooseObjectSchema<{}, undefined>, undefined>;
  ext_info: v.OptionalSchema<v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.MaxLengthAction<string, 1024, undefined>]>, undefined>;
  notify_messages: v.OptionalSchema<v.ArraySchema<v.LooseObjectSchema<{}, undefined>, undefined>, undefined>;
  paid_outer_card_info: v.OptionalSchema<v.LooseObjectSchema<{}, undefined>, undefined>;
};

/**
 * Request of `alipay.marketing.card.update`.
 *
 * @example
 * ```ts
 * await alipay.execute('alipay.marketing.card.update', {
 *   target_card_no: bizCardNo, target_card_no_type: 'BIZ_CARD', occur_time: '2024-05-02 09:30:00',
 *   card_info: { point: '188', balance: '20.00' },
 * });
 * ```
 */
export const CardUpdateRequestSchema: v.LooseObjectSchema<CardUpdateRequestEntries, undefined> = v.looseObject({
  target_card_no: v.pipe(v.string(), v.minLength(1), v.maxLength(32)),
  target_card_no_type: v.literal('BIZ_CARD'),
  occur_time: dateTime,
  card_info: MerchantCardRequestSchema,
  merchant_card_msg_info: v.optional(v.looseObject({ changed_point: v.optional(v.string()) })),
  mcard_style_info: v.optional(v.looseObject({})),
  ext_info: v.optional(v.pipe(v.string(), v.maxLength(1024))),
  notify_messages: v.optional(v.array(v.looseObject({}))),
  paid_outer_card_info: v.optional(v.looseObject({})),
} satisfies CardUpdateRequestEntries);

/** @inline */
type CardUpdateResponseEntries = { result_code: v.OptionalSchema<v.StringSchema<undefined>, undefined> } & typeof gatewayFields;

/**
 * Result of `alipay.marketing.card.update`.
 *
 * @example
 * ```ts
 * v.parse(CardUpdateResponseSchema, node);
 * ```
 */
export const CardUpdateResponseSchema: v.LooseObjectSchema<CardUpdateResponseEntries, undefined> = v.looseObject({ ...gatewayFields, result_code: v.optional(v.string()) } satisfies CardUpdateResponseEntries);

/** @inline */
type CardDeleteRequestEntries = {
  out_serial_no: v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.MinLengthAction<string, 1, undefined>, v.MaxLengthAction<string, 32, undefined>]>;
  target_card_no: v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.MinLengthAction<string, 1, undefined>, v.MaxLengthAction<string, 32, undefined>]>;
  target_card_no_type: v.LiteralSchema<'BIZ_CARD', undefined>;
  reason_code: v.PicklistSchema<['USER_UNBUND', 'CANCEL', 'PRESENT'], undefined>;
  ext_info: v.OptionalSchema<v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.MaxLengthAction<string, 1024, undefined>]>, undefined>;
};

/**
 * Request of `alipay.marketing.card.delete`. `reason_code`: `USER_UNBUND` (may re-bind), `CANCEL`
 * (may not), `PRESENT` (given to another user).
 *
 * @example
 * ```ts
 * await alipay.execute('alipay.marketing.card.delete', { out_serial_no, target_card_no, target_card_no_type: 'BIZ_CARD', reason_code: 'USER_UNBUND' });
 * ```
 */
export const CardDeleteRequestSchema: v.LooseObjectSchema<CardDeleteRequestEntries, undefined> = v.looseObject({
  out_serial_no: v.pipe(v.string(), v.minLength(1), v.maxLength(32)),
  target_card_no: v.pipe(v.string(), v.minLength(1), v.maxLength(32)),
  target_card_no_type: v.literal('BIZ_CARD'),
  reason_code: v.picklist(['USER_UNBUND', 'CANCEL', 'PRESENT']),
  ext_info: v.optional(v.pipe(v.string(), v.maxLength(1024))),
} satisfies CardDeleteRequestEntries);

/** @inline */
type CardDeleteResponseEntries = { biz_serial_no: v.OptionalSchema<v.StringSchema<undefined>, undefined> } & typeof gatewayFields;

/**
 * Result of `alipay.marketing.card.delete`.
 *
 * @example
 * ```ts
 * v.parse(CardDeleteResponseSchema, node).biz_serial_no;
 * ```
 */
export const CardDeleteResponseSchema: v.LooseObjectSchema<CardDeleteResponseEntries, undefined> = v.looseObject({ ...gatewayFields, biz_serial_no: v.optional(v.string()) } satisfies CardDeleteResponseEntries);

/**
 * `biz_content` of `alipay.marketing.card.open`.
 *
 * @example
 * ```ts
 * const biz: CardOpenRequest = { out_serial_no: 's1', card_template_id, card_user_info: activation.cardUserInfo, card_ext_info: { point: '0', balance: '0.00' } };
 * ```
 */
export type CardOpenRequest = Known<v.InferInput<typeof CardOpenRequestSchema>>;
/**
 * Result of `alipay.marketing.card.open`: the card with its `biz_card_no`.
 *
 * @example
 * ```ts
 * const opened: CardOpenResult = await alipay.execute('alipay.marketing.card.open', biz, { authToken });
 * opened.card_info.biz_card_no;
 * ```
 */
export type CardOpenResult = Known<v.InferOutput<typeof CardOpenResponseSchema>>;
/**
 * `biz_content` of `alipay.marketing.card.update`.
 *
 * @example
 * ```ts
 * const biz: CardUpdateRequest = { target_card_no: bizCardNo, target_card_no_type: 'BIZ_CARD', occur_time: '2024-05-02 09:30:00', card_info: { point: '188' } };
 * ```
 */
export type CardUpdateRequest = Known<v.InferInput<typeof CardUpdateRequestSchema>>;
/**
 * Result of `alipay.marketing.card.update`.
 *
 * @example
 * ```ts
 * const result: CardUpdateResult = await alipay.execute('alipay.marketing.card.update', biz);
 * ```
 */
export type CardUpdateResult = Known<v.InferOutput<typeof CardUpdateResponseSchema>>;
/**
 * `biz_content` of `alipay.marketing.card.delete`.
 *
 * @example
 * ```ts
 * const biz: CardDeleteRequest = { out_serial_no: 'd1', target_card_no: bizCardNo, target_card_no_type: 'BIZ_CARD', reason_code: 'USER_UNBUND' };
 * ```
 */
export type CardDeleteRequest = Known<v.InferInput<typeof CardDeleteRequestSchema>>;
/**
 * Result of `alipay.marketing.card.delete`.
 *
 * @example
 * ```ts
 * const { biz_serial_no }: CardDeleteResult = await alipay.execute('alipay.marketing.card.delete', biz);
 * ```
 */
export type CardDeleteResult = Known<v.InferOutput<typeof CardDeleteResponseSchema>>;
