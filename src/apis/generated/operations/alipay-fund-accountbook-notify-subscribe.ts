// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.fund.accountbook.notify.subscribe` (POST /v3/alipay/fund/accountbook/notify/subscribe: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayFundAccountbookNotifySubscribeRequest = { account_book_id: '…', agreement_no: '…' };
 * ```
 */
export interface AlipayFundAccountbookNotifySubscribeRequest {
  account_book_id?: string;
  agreement_no?: string;
  biz_scene?: string;
  product_code?: string;
}

/**
 * The result of `alipay.fund.accountbook.notify.subscribe`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayFundAccountbookNotifySubscribeResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayFundAccountbookNotifySubscribeResult {
  account_book_id?: string;
  code?: string;
  msg?: string;
  subscribe_status?: string;
}

/**
 * The error codes of `alipay.fund.accountbook.notify.subscribe` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayFundAccountbookNotifySubscribeErrorCode = "SUBSCRIPTION_RELATION_NOT_EXIST";
 * ```
 */
export type AlipayFundAccountbookNotifySubscribeErrorCode = "SUBSCRIPTION_RELATION_NOT_EXIST" | "ACCOUNTBOOK_AGREEMENT_REQUIRED" | "AGREEMENT_NOT_EXIST" | "AGREEMENT_IS_INVALID" | "AGREEMENT_STATUS_IS_NOT_NORMAL" | "AGREEMENT_IS_OUT_OF_DATE" | "ACCOUNT_BOOK_INFO_QUERY_FAIL" | "ILLEGAL_ARGUMENT" | "MAX_VISIT_LIMIT" | "SYSTEM_ERROR" | "BIZ_PRODUCT_CODE_ERROR";

/**
 * `alipay.fund.accountbook.notify.subscribe`: POST /v3/alipay/fund/accountbook/notify/subscribe over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayFundAccountbookNotifySubscribe } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayFundAccountbookNotifySubscribe, { account_book_id: '…', agreement_no: '…' });
 * ```
 */
export const alipayFundAccountbookNotifySubscribe: ApiDefinition<"alipay.fund.accountbook.notify.subscribe", AlipayFundAccountbookNotifySubscribeRequest, AlipayFundAccountbookNotifySubscribeResult, AlipayFundAccountbookNotifySubscribeErrorCode> = /* @__PURE__ */ operation(
  "alipay.fund.accountbook.notify.subscribe",
  'POST',
  () => ({ account_book_id: 0, agreement_no: 0, biz_scene: 0, product_code: 0 }),
  () => ({ account_book_id: 0, code: 0, msg: 0, subscribe_status: 0 }),
);
