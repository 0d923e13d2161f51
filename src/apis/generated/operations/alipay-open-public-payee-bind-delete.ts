// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.public.payee.bind.delete` (DELETE /v3/alipay/open/public/payee/bind/delete: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicPayeeBindDeleteRequest = { login_id: "13434232322", pid: "208844738438439" };
 * ```
 */
export interface AlipayOpenPublicPayeeBindDeleteRequest {
  /** A query parameter (v3). */
  login_id?: string;
  /** A query parameter (v3). */
  pid?: string;
}

/**
 * The result of `alipay.open.public.payee.bind.delete`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicPayeeBindDeleteResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenPublicPayeeBindDeleteResult = Record<string, never>;

/**
 * The error codes of `alipay.open.public.payee.bind.delete` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicPayeeBindDeleteErrorCode = "PAYEEBIND_BIND_NOT_EXIST";
 * ```
 */
export type AlipayOpenPublicPayeeBindDeleteErrorCode = "PAYEEBIND_BIND_NOT_EXIST" | "PARAM_NOT_ALLOW_COEXIST";

/**
 * `alipay.open.public.payee.bind.delete`: DELETE /v3/alipay/open/public/payee/bind/delete over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicPayeeBindDelete } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicPayeeBindDelete, { login_id: "13434232322", pid: "208844738438439" });
 * ```
 */
export const alipayOpenPublicPayeeBindDelete: ApiDefinition<"alipay.open.public.payee.bind.delete", AlipayOpenPublicPayeeBindDeleteRequest, AlipayOpenPublicPayeeBindDeleteResult, AlipayOpenPublicPayeeBindDeleteErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.payee.bind.delete",
  { verb: 'DELETE', query: ["login_id", "pid"] },
  () => ({ login_id: 0, pid: 0 }),
  () => ({}),
);
