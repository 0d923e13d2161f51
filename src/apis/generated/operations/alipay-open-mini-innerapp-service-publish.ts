// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.innerapp.service.publish` (POST /v3/alipay/open/mini/innerapp/service/publish: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniInnerappServicePublishRequest = { app_logo: '…', app_origin: '…' };
 * ```
 */
export interface AlipayOpenMiniInnerappServicePublishRequest {
  app_logo?: string;
  app_origin?: string;
  mini_app_id?: string;
  pid?: string;
  sub_title?: string;
  title?: string;
}

/**
 * The result of `alipay.open.mini.innerapp.service.publish`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniInnerappServicePublishResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniInnerappServicePublishResult {
  merchandise_id?: string;
}

/**
 * The error codes of `alipay.open.mini.innerapp.service.publish` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniInnerappServicePublishErrorCode = "APP_ORIGIN_NOT_EXIST";
 * ```
 */
export type AlipayOpenMiniInnerappServicePublishErrorCode = "APP_ORIGIN_NOT_EXIST" | "APP_INFO_NOT_EXIST" | "APPLICATION_TYPE_NOT_MINIAPP" | "MINI_APP_NOT_ONLINE" | "BUNDLE_ID_NOT_EXIST" | "SYSTEM_ERROR";

/**
 * `alipay.open.mini.innerapp.service.publish`: POST /v3/alipay/open/mini/innerapp/service/publish over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniInnerappServicePublish } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniInnerappServicePublish, { app_logo: '…', app_origin: '…' });
 * ```
 */
export const alipayOpenMiniInnerappServicePublish: ApiDefinition<"alipay.open.mini.innerapp.service.publish", AlipayOpenMiniInnerappServicePublishRequest, AlipayOpenMiniInnerappServicePublishResult, AlipayOpenMiniInnerappServicePublishErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.innerapp.service.publish",
  'POST',
  () => ({ app_logo: 0, app_origin: 0, mini_app_id: 0, pid: 0, sub_title: 0, title: 0 }),
  () => ({ merchandise_id: 0 }),
);
