// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.public.account.query` (GET /v3/alipay/open/public/account/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicAccountQueryRequest = { user_id: "2088123412341234", open_id: "074a1CcTG1LelxKe4xQC0zgNdId0nxi95b5lsNpazWYoCo5" };
 * ```
 */
export interface AlipayOpenPublicAccountQueryRequest {
  /** A query parameter (v3). */
  user_id?: string;
  /** A query parameter (v3). */
  open_id?: string;
}

/**
 * The result of `alipay.open.public.account.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicAccountQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenPublicAccountQueryResult {
  public_bind_accounts?: StdPublicBindAccount[];
}

/**
 * The error codes of `alipay.open.public.account.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicAccountQueryErrorCode = "OPEN_ID_IS_ILLEGAL";
 * ```
 */
export type AlipayOpenPublicAccountQueryErrorCode = "OPEN_ID_IS_ILLEGAL" | "SYSTEM_ERROR";

/**
 * `StdPublicBindAccount`, a model of Alipay's v3 description (in `alipay.open.public.account.query`).
 *
 * @example
 * ```ts
 * const value: StdPublicBindAccount = { agreement_id: '…', app_id: '…' };
 * ```
 */
export interface StdPublicBindAccount {
  agreement_id?: string;
  app_id?: string;
  bind_account_no?: string;
  display_name?: string;
  from_user_id?: string;
  open_id?: string;
  real_name?: string;
}
const StdPublicBindAccountShape = (): object => ({ agreement_id: 0, app_id: 0, bind_account_no: 0, display_name: 0, from_user_id: 0, open_id: 0, real_name: 0 });

/**
 * `alipay.open.public.account.query`: GET /v3/alipay/open/public/account/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicAccountQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicAccountQuery, { user_id: "2088123412341234", open_id: "074a1CcTG1LelxKe4xQC0zgNdId0nxi95b5lsNpazWYoCo5" });
 * ```
 */
export const alipayOpenPublicAccountQuery: ApiDefinition<"alipay.open.public.account.query", AlipayOpenPublicAccountQueryRequest, AlipayOpenPublicAccountQueryResult, AlipayOpenPublicAccountQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.account.query",
  { verb: 'GET', query: ["user_id", "open_id"] },
  () => ({ user_id: 0, open_id: 0 }),
  () => ({ public_bind_accounts: [StdPublicBindAccountShape] }),
);
