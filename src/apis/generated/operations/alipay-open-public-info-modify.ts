// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.public.info.modify` (POST /v3/alipay/open/public/info/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicInfoModifyRequest = { app_name: '…', auth_pic: '…' };
 * ```
 */
export interface AlipayOpenPublicInfoModifyRequest {
  app_name?: string;
  auth_pic?: string;
  background_url?: string;
  introduction?: string;
  license_url?: string;
  logo_url?: string;
  notify_url?: string;
  public_greeting?: string;
  shop_pics?: string[];
}

/**
 * The result of `alipay.open.public.info.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicInfoModifyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenPublicInfoModifyResult {
  audit_desc?: string;
  audit_status?: string;
}

/**
 * The error codes of `alipay.open.public.info.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicInfoModifyErrorCode = "PUBLIC_MODIFY_PARAM_ILLEGAL";
 * ```
 */
export type AlipayOpenPublicInfoModifyErrorCode = "PUBLIC_MODIFY_PARAM_ILLEGAL" | "APPINFO_NOT_EXIST" | "PUBLIC_GREETING_OVERLIMT" | "APP_ORDER_AUDING_EXIST" | "PUBLIC_ORDER_DAY_LIMIT" | "ILLEGAL_LOGO_URL" | "PUBLIC_LOGO_NOT_NULL" | "ILLEGAL_LICENSE_URL" | "PUBLIC_GREETING_ILLEGAL" | "APP_NAME_LENGTH_LIMIT" | "APP_NAME_ILLEGAL" | "APP_NAME_EXIST" | "SYSTEM_ERROR" | "PUBLIC_NAME_MODIFY_LIMIT" | "INTRODUCTION_LENGTH_LIMIT" | "ILLEGAL_BACKGROUND_URL";

/**
 * `alipay.open.public.info.modify`: POST /v3/alipay/open/public/info/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicInfoModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicInfoModify, { app_name: '…', auth_pic: '…' });
 * ```
 */
export const alipayOpenPublicInfoModify: ApiDefinition<"alipay.open.public.info.modify", AlipayOpenPublicInfoModifyRequest, AlipayOpenPublicInfoModifyResult, AlipayOpenPublicInfoModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.info.modify",
  'POST',
  () => ({ app_name: 0, auth_pic: 0, background_url: 0, introduction: 0, license_url: 0, logo_url: 0, notify_url: 0, public_greeting: 0, shop_pics: [0] }),
  () => ({ audit_desc: 0, audit_status: 0 }),
);
