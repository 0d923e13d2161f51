// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.operation.bank.activity.query` (GET /v3/alipay/commerce/operation/bank/activity/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceOperationBankActivityQueryRequest = { open_id: "074a1CcTG1LelxKe4xQC0zgNdId0nxi95b5lsNpazWYoCo5", user_id: "208822294389xxxx" };
 * ```
 */
export interface AlipayCommerceOperationBankActivityQueryRequest {
  /** A query parameter (v3). */
  open_id?: string;
  /** A query parameter (v3). */
  user_id?: string;
}

/**
 * The result of `alipay.commerce.operation.bank.activity.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceOperationBankActivityQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceOperationBankActivityQueryResult {
  activity_info_list?: BankActivityInfo[];
  merchant_tag?: string;
}

/**
 * The error codes of `alipay.commerce.operation.bank.activity.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceOperationBankActivityQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayCommerceOperationBankActivityQueryErrorCode = "INVALID_PARAMETER" | "BIZ_SYSTEM_ERROR";

/**
 * `BankActivityInfo`, a model of Alipay's v3 description (in `alipay.commerce.operation.bank.activity.query`).
 *
 * @example
 * ```ts
 * const value: BankActivityInfo = { bind_card: true, card_name: '…' };
 * ```
 */
export interface BankActivityInfo {
  bind_card?: boolean;
  card_name?: string;
  discount_desc?: string;
  logo?: string;
}
const BankActivityInfoShape = (): object => ({ bind_card: 2, card_name: 0, discount_desc: 0, logo: 0 });

/**
 * `alipay.commerce.operation.bank.activity.query`: GET /v3/alipay/commerce/operation/bank/activity/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceOperationBankActivityQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceOperationBankActivityQuery, { open_id: "074a1CcTG1LelxKe4xQC0zgNdId0nxi95b5lsNpazWYoCo5", user_id: "208822294389xxxx" });
 * ```
 */
export const alipayCommerceOperationBankActivityQuery: ApiDefinition<"alipay.commerce.operation.bank.activity.query", AlipayCommerceOperationBankActivityQueryRequest, AlipayCommerceOperationBankActivityQueryResult, AlipayCommerceOperationBankActivityQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.operation.bank.activity.query",
  { verb: 'GET', query: ["open_id", "user_id"] },
  () => ({ open_id: 0, user_id: 0 }),
  () => ({ activity_info_list: [BankActivityInfoShape], merchant_tag: 0 }),
);
