// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.public.account.create` (POST /v3/alipay/open/public/account/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicAccountCreateRequest = { agreement_id: '…', bind_account_no: '…' };
 * ```
 */
export interface AlipayOpenPublicAccountCreateRequest {
  agreement_id?: string;
  bind_account_no?: string;
  display_name?: string;
  from_user_id?: string;
  open_id?: string;
  real_name?: string;
  remark?: string;
}

/**
 * The result of `alipay.open.public.account.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicAccountCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenPublicAccountCreateResult {
  agreement_id?: string;
}

/**
 * The error codes of `alipay.open.public.account.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicAccountCreateErrorCode = "MENUKEY_NOT_EXIST";
 * ```
 */
export type AlipayOpenPublicAccountCreateErrorCode = "MENUKEY_NOT_EXIST" | "OPEN_ID_IS_ILLEGAL" | "BIND_ACCOUNT_FORMAT_ERROR" | "APP_INFO_ILLEGAL" | "FROM_USER_ID_NULL" | "ADD_BIND_ACCOUNT_FAIL" | "SAVE_THIRD_ACCOUNT_FAIL" | "USERINFO_NOT_EXIST" | "BIND_ACCOUNT_NO_NULL" | "DISPLAY_NAME_IS_NULL" | "DISPLAY_NAME_EXCEED_LENGTH" | "REAL_NAME_EXCEED_LENGTH" | "EXCEED_THIRD_ACCOUNT_LIMIT" | "SYSTEM_ERROR";

/**
 * `alipay.open.public.account.create`: POST /v3/alipay/open/public/account/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicAccountCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicAccountCreate, { agreement_id: '…', bind_account_no: '…' });
 * ```
 */
export const alipayOpenPublicAccountCreate: ApiDefinition<"alipay.open.public.account.create", AlipayOpenPublicAccountCreateRequest, AlipayOpenPublicAccountCreateResult, AlipayOpenPublicAccountCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.account.create",
  'POST',
  () => ({ agreement_id: 0, bind_account_no: 0, display_name: 0, from_user_id: 0, open_id: 0, real_name: 0, remark: 0 }),
  () => ({ agreement_id: 0 }),
);
