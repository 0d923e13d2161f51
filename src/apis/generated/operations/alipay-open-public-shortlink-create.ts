// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.public.shortlink.create` (POST /v3/alipay/open/public/shortlink/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicShortlinkCreateRequest = { remark: '…', scene_id: '…' };
 * ```
 */
export interface AlipayOpenPublicShortlinkCreateRequest {
  remark?: string;
  scene_id?: string;
}

/**
 * The result of `alipay.open.public.shortlink.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicShortlinkCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenPublicShortlinkCreateResult {
  shortlink?: string;
}

/**
 * The error codes of `alipay.open.public.shortlink.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicShortlinkCreateErrorCode = "PARSE_XML_JSON_ERROR";
 * ```
 */
export type AlipayOpenPublicShortlinkCreateErrorCode = "PARSE_XML_JSON_ERROR" | "PUBLIC_ID_IS_NULL" | "SCENE_ID_IS_NULL" | "INVALID_SCENE_ID" | "APP_NOT_EXIST" | "SHORT_LINK_GENERATE_FAIL" | "SYSTEM_ERROR";

/**
 * `alipay.open.public.shortlink.create`: POST /v3/alipay/open/public/shortlink/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicShortlinkCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicShortlinkCreate, { remark: '…', scene_id: '…' });
 * ```
 */
export const alipayOpenPublicShortlinkCreate: ApiDefinition<"alipay.open.public.shortlink.create", AlipayOpenPublicShortlinkCreateRequest, AlipayOpenPublicShortlinkCreateResult, AlipayOpenPublicShortlinkCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.shortlink.create",
  'POST',
  () => ({ remark: 0, scene_id: 0 }),
  () => ({ shortlink: 0 }),
);
