// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.public.account.delete` (DELETE /v3/alipay/open/public/account/delete: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicAccountDeleteRequest = { agreement_id: "29022222", bind_account_no: "test001" };
 * ```
 */
export interface AlipayOpenPublicAccountDeleteRequest {
  /** A query parameter (v3). */
  agreement_id?: string;
  /** A query parameter (v3). */
  bind_account_no?: string;
  /** A query parameter (v3). */
  from_user_id?: string;
  /** A query parameter (v3). */
  open_id?: string;
}

/**
 * The result of `alipay.open.public.account.delete`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicAccountDeleteResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenPublicAccountDeleteResult = Record<string, never>;

/**
 * The error codes of `alipay.open.public.account.delete` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicAccountDeleteErrorCode = "OPEN_ID_IS_ILLEGAL";
 * ```
 */
export type AlipayOpenPublicAccountDeleteErrorCode = "OPEN_ID_IS_ILLEGAL" | "ACCOUNT_PARAMS_NOT_ENOUGH" | "FORBIT_REMOVE_BIND_ACCOUNT" | "REMOVE_BIND_ACCOUNT_FAIL" | "SYSTEM_ERROR";

/**
 * `alipay.open.public.account.delete`: DELETE /v3/alipay/open/public/account/delete over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicAccountDelete } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicAccountDelete, { agreement_id: "29022222", bind_account_no: "test001" });
 * ```
 */
export const alipayOpenPublicAccountDelete: ApiDefinition<"alipay.open.public.account.delete", AlipayOpenPublicAccountDeleteRequest, AlipayOpenPublicAccountDeleteResult, AlipayOpenPublicAccountDeleteErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.account.delete",
  { verb: 'DELETE', query: ["agreement_id", "bind_account_no", "from_user_id", "open_id"] },
  () => ({ agreement_id: 0, bind_account_no: 0, from_user_id: 0, open_id: 0 }),
  () => ({}),
);
