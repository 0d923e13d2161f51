// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.resource.record.notify` (POST /v3/alipay/open/mini/resource/record/notify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniResourceRecordNotifyRequest = { author_id: '…', mini_app_id: '…' };
 * ```
 */
export interface AlipayOpenMiniResourceRecordNotifyRequest {
  author_id?: string;
  mini_app_id?: string;
  params?: string;
  site_id?: string;
  source?: string;
  taobao_id?: string;
  taobao_nick?: string;
}

/**
 * The result of `alipay.open.mini.resource.record.notify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniResourceRecordNotifyResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenMiniResourceRecordNotifyResult = Record<string, never>;

/**
 * The error codes of `alipay.open.mini.resource.record.notify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniResourceRecordNotifyErrorCode = "PARAM_APP_ID_IS_BLANK";
 * ```
 */
export type AlipayOpenMiniResourceRecordNotifyErrorCode = "PARAM_APP_ID_IS_BLANK" | "PARAM_TAOBAO_ID_IS_BLANK" | "PARAM_TAOBAO_NICK_IS_BLANK" | "RESOURCE_SOURCE_IS_NOT_EXIST";

/**
 * `alipay.open.mini.resource.record.notify`: POST /v3/alipay/open/mini/resource/record/notify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniResourceRecordNotify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniResourceRecordNotify, { author_id: '…', mini_app_id: '…' });
 * ```
 */
export const alipayOpenMiniResourceRecordNotify: ApiDefinition<"alipay.open.mini.resource.record.notify", AlipayOpenMiniResourceRecordNotifyRequest, AlipayOpenMiniResourceRecordNotifyResult, AlipayOpenMiniResourceRecordNotifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.resource.record.notify",
  'POST',
  () => ({ author_id: 0, mini_app_id: 0, params: 0, site_id: 0, source: 0, taobao_id: 0, taobao_nick: 0 }),
  () => ({}),
);
