// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.public.payee.bind.create` (POST /v3/alipay/open/public/payee/bind/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicPayeeBindCreateRequest = { login_id: '…', pid: '…' };
 * ```
 */
export interface AlipayOpenPublicPayeeBindCreateRequest {
  login_id?: string;
  pid?: string;
}

/**
 * The result of `alipay.open.public.payee.bind.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicPayeeBindCreateResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenPublicPayeeBindCreateResult = Record<string, never>;

/**
 * The error codes of `alipay.open.public.payee.bind.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicPayeeBindCreateErrorCode = "AYEEBIND_USER_INVALID";
 * ```
 */
export type AlipayOpenPublicPayeeBindCreateErrorCode = "AYEEBIND_USER_INVALID" | "PAYEEBIND_APP_INVALID" | "PAYEEBIND_NOT_SAME_SUBJECT" | "PAYEEBIND_LOGIN_ID_HAS_BIND" | "PAYEEBIND_COUNT_OVER" | "PARAM_NOT_ALLOW_COEXIST";

/**
 * `alipay.open.public.payee.bind.create`: POST /v3/alipay/open/public/payee/bind/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicPayeeBindCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicPayeeBindCreate, { login_id: '…', pid: '…' });
 * ```
 */
export const alipayOpenPublicPayeeBindCreate: ApiDefinition<"alipay.open.public.payee.bind.create", AlipayOpenPublicPayeeBindCreateRequest, AlipayOpenPublicPayeeBindCreateResult, AlipayOpenPublicPayeeBindCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.payee.bind.create",
  'POST',
  () => ({ login_id: 0, pid: 0 }),
  () => ({}),
);
