// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.sp.isv.signauth.create` (POST /v3/alipay/open/sp/isv/signauth/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenSpIsvSignauthCreateRequest = { merchant_logon_id: '…', need_app_auth: '…' };
 * ```
 */
export interface AlipayOpenSpIsvSignauthCreateRequest {
  isv_auth_scene_infos?: IsvAuthSceneInfo[];
  merchant_logon_id?: string;
  need_app_auth?: string;
  sign_order_no?: string;
}

/**
 * The result of `alipay.open.sp.isv.signauth.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenSpIsvSignauthCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenSpIsvSignauthCreateResult {
  order_id?: string;
}

/**
 * The error codes of `alipay.open.sp.isv.signauth.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenSpIsvSignauthCreateErrorCode = "ILLEGAL_PARAMS";
 * ```
 */
export type AlipayOpenSpIsvSignauthCreateErrorCode = "ILLEGAL_PARAMS" | "SIGNAUTH_MERCHANT_NOT_EXIST" | "SIGNAUTH_ISV_NOT_EXIST" | "SIGNORDER_NOT_EXSIT" | "SIGNORDER_ABNORMAL" | "SIGNORDER_ISV_NOT_MATCH" | "SIGNORDER_MERCHANT_NOT_MATCH" | "ISVAUTH_SCENE_NOT_EXIST" | "ISVAUTH_SCENE_PERMISSION_NOT_MATCH" | "SYSTEM_ERROR" | "SIGNORDER_BINDED" | "APPLY_ORDER_NOT_EXIST" | "SP_DISCARD" | "ILLEGAL_ISV_USER" | "SP_PAUSE_OR_DELETE" | "NOTICE_MERCHANT_FAIL";

/**
 * `IsvAuthSceneInfo`, a model of Alipay's v3 description (in `alipay.open.sp.isv.signauth.create`).
 *
 * @example
 * ```ts
 * const value: IsvAuthSceneInfo = { scene_code: '…', scene_permissions: '…' };
 * ```
 */
export interface IsvAuthSceneInfo {
  scene_code?: string;
  scene_permissions?: string;
}
const IsvAuthSceneInfoShape = (): object => ({ scene_code: 0, scene_permissions: 0 });

/**
 * `alipay.open.sp.isv.signauth.create`: POST /v3/alipay/open/sp/isv/signauth/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenSpIsvSignauthCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenSpIsvSignauthCreate, { merchant_logon_id: '…', need_app_auth: '…' });
 * ```
 */
export const alipayOpenSpIsvSignauthCreate: ApiDefinition<"alipay.open.sp.isv.signauth.create", AlipayOpenSpIsvSignauthCreateRequest, AlipayOpenSpIsvSignauthCreateResult, AlipayOpenSpIsvSignauthCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.sp.isv.signauth.create",
  'POST',
  () => ({ isv_auth_scene_infos: [IsvAuthSceneInfoShape], merchant_logon_id: 0, need_app_auth: 0, sign_order_no: 0 }),
  () => ({ order_id: 0 }),
);
