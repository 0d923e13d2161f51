// The payments a browser or the Alipay app carries to the gateway: alipay.trade.page.pay (desktop
// browser), alipay.trade.wap.pay (mobile browser) and alipay.trade.app.pay (the app's order
// string). Checked before signing: the fields the gateway requires are there and the amount is
// yuan with at most two decimals; character rules on subject and out_trade_no are the gateway's.
import * as v from 'valibot';
import type { Known } from './shared.ts';

// Every exported schema's type is written out, its entries in an `@inline` alias: see shared.ts.

const text: v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.MinLengthAction<string, 1, undefined>]> = v.pipe(v.string(), v.minLength(1));
/** Yuan as a decimal string with at most two places (`'88.88'`), never a float. */
const amount: v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.CheckAction<string, string>]> = v.pipe(v.string(), v.check((value) => /^\d{1,9}(\.\d{1,2})?$/.test(value) && Number(value) > 0, 'Expected yuan as a decimal string with at most two places, such as "88.88"'));

/** @inline */
type PagePayRequestEntries = { out_trade_no: typeof text; total_amount: typeof amount; subject: typeof text; product_code: typeof text };

/**
 * `biz_content` of `alipay.trade.page.pay` (a desktop browser is sent to the cashier).
 *
 * @example
 * ```ts
 * v.parse(PagePayRequestSchema, { out_trade_no: 'T1', total_amount: '88.88', subject: '会员卡', product_code: 'FAST_INSTANT_TRADE_PAY' });
 * ```
 */
export const PagePayRequestSchema: v.LooseObjectSchema<PagePayRequestEntries, undefined> = v.looseObject({
  out_trade_no: text,
  total_amount: amount,
  subject: text,
  /** `FAST_INSTANT_TRADE_PAY`. */
  product_code: text,
} satisfies PagePayRequestEntries);

/** @inline */
type WapPayRequestEntries = { out_trade_no: typeof text; total_amount: typeof amount; subject: typeof text; product_code: typeof text };

/**
 * `biz_content` of `alipay.trade.wap.pay` (a mobile browser is sent to the cashier).
 *
 * @example
 * ```ts
 * v.parse(WapPayRequestSchema, { out_trade_no: 'T1', total_amount: '9.90', subject: '会员卡', product_code: 'QUICK_WAP_WAY' });
 * ```
 */
export const WapPayRequestSchema: v.LooseObjectSchema<WapPayRequestEntries, undefined> = v.looseObject({
  out_trade_no: text,
  total_amount: amount,
  subject: text,
  /** `QUICK_WAP_WAY`. */
  product_code: text,
} satisfies WapPayRequestEntries);

/** @inline */
type AppPayRequestEntries = { out_trade_no: typeof text; total_amount: typeof amount; subject: typeof text; product_code: v.OptionalSchema<typeof text, undefined> };

/**
 * `biz_content` of `alipay.trade.app.pay` (the order string the Alipay app SDK takes).
 *
 * @example
 * ```ts
 * v.parse(AppPayRequestSchema, { out_trade_no: 'A1', total_amount: '9.00', subject: '会员卡' });
 * ```
 */
export const AppPayRequestSchema: v.LooseObjectSchema<AppPayRequestEntries, undefined> = v.looseObject({
  out_trade_no: text,
  total_amount: amount,
  subject: text,
  /** `QUICK_MSECURITY_PAY` (optional). */
  product_code: v.optional(text),
} satisfies AppPayRequestEntries);

/** The payments pageExecute and sdkExecute type and check. */
export const payApis = {
  'alipay.trade.page.pay': PagePayRequestSchema,
  'alipay.trade.wap.pay': WapPayRequestSchema,
  'alipay.trade.app.pay': AppPayRequestSchema,
} as const;

/**
 * `biz_content` of `alipay.trade.page.pay`.
 *
 * @example
 * ```ts
 * const order: PagePayRequest = { out_trade_no: 'T1', total_amount: '88.88', subject: '会员卡', product_code: 'FAST_INSTANT_TRADE_PAY' };
 * ```
 */
export type PagePayRequest = Known<v.InferInput<typeof PagePayRequestSchema>>;
/**
 * `biz_content` of `alipay.trade.wap.pay`.
 *
 * @example
 * ```ts
 * const order: WapPayRequest = { out_trade_no: 'T1', total_amount: '9.90', subject: '会员卡', product_code: 'QUICK_WAP_WAY' };
 * ```
 */
export type WapPayRequest = Known<v.InferInput<typeof WapPayRequestSchema>>;
/**
 * `biz_content` of `alipay.trade.app.pay`.
 *
 * @example
 * ```ts
 * const order: AppPayRequest = { out_trade_no: 'A1', total_amount: '9.00', subject: '会员卡' };
 * ```
 */
export type AppPayRequest = Known<v.InferInput<typeof AppPayRequestSchema>>;

/**
 * Methods `pageExecute` types: the browser payments.
 *
 * @example
 * ```ts
 * const method: PageMethod = 'alipay.trade.page.pay';
 * ```
 */
export type PageMethod = 'alipay.trade.page.pay' | 'alipay.trade.wap.pay';

/**
 * Methods `sdkExecute` types: the app payment.
 *
 * @example
 * ```ts
 * const method: SdkMethod = 'alipay.trade.app.pay';
 * ```
 */
export type SdkMethod = 'alipay.trade.app.pay';

/**
 * The `biz_content` of a typed payment.
 *
 * @example
 * ```ts
 * const biz: PayRequest<'alipay.trade.page.pay'> = { out_trade_no: 'T1', total_amount: '88.88', subject: '会员卡', product_code: 'FAST_INSTANT_TRADE_PAY' };
 * ```
 */
export type PayRequest<M extends PageMethod | SdkMethod> = M extends 'alipay.trade.page.pay' ? PagePayRequest : M extends 'alipay.trade.wap.pay' ? WapPayRequest : AppPayRequest;
