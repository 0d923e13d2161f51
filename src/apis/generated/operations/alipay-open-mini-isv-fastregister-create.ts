// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.isv.fastregister.create` (POST /v3/alipay/open/mini/isv/fastregister/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniIsvFastregisterCreateRequest = { app_name: '…', auth_notify_url: '…' };
 * ```
 */
export interface AlipayOpenMiniIsvFastregisterCreateRequest {
  app_name?: string;
  auth_notify_url?: string;
  out_order_no?: string;
  uid?: string;
}

/**
 * The result of `alipay.open.mini.isv.fastregister.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniIsvFastregisterCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniIsvFastregisterCreateResult {
  authorize_url?: string;
  order_no?: string;
}

/**
 * The error codes of `alipay.open.mini.isv.fastregister.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniIsvFastregisterCreateErrorCode = "INVALID_MINI_APP_NAME_LENGTH";
 * ```
 */
export type AlipayOpenMiniIsvFastregisterCreateErrorCode = "INVALID_MINI_APP_NAME_LENGTH" | "ILLEGAL_PARAMS" | "PRECREATE_MINI_ERROR" | "OPENCORE_APP_NAME_EXIST" | "PROVIDER_ROLE_INVALID" | "SYSTEM_ERROR" | "OPENID_QUERY_ERROR";

/**
 * `alipay.open.mini.isv.fastregister.create`: POST /v3/alipay/open/mini/isv/fastregister/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniIsvFastregisterCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniIsvFastregisterCreate, { app_name: '…', auth_notify_url: '…' });
 * ```
 */
export const alipayOpenMiniIsvFastregisterCreate: ApiDefinition<"alipay.open.mini.isv.fastregister.create", AlipayOpenMiniIsvFastregisterCreateRequest, AlipayOpenMiniIsvFastregisterCreateResult, AlipayOpenMiniIsvFastregisterCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.isv.fastregister.create",
  'POST',
  () => ({ app_name: 0, auth_notify_url: 0, out_order_no: 0, uid: 0 }),
  () => ({ authorize_url: 0, order_no: 0 }),
);
