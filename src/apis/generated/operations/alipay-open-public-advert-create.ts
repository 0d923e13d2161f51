// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type AdvertItem, AdvertItemShape } from '../models/AdvertItem.ts';

/**
 * The request of `alipay.open.public.advert.create` (POST /v3/alipay/open/public/advert/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicAdvertCreateRequest = {};
 * ```
 */
export interface AlipayOpenPublicAdvertCreateRequest {
  advert_items?: AdvertItem[];
}

/**
 * The result of `alipay.open.public.advert.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicAdvertCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenPublicAdvertCreateResult {
  advert_group?: string;
  advert_id?: string;
}

/**
 * The error codes of `alipay.open.public.advert.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicAdvertCreateErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayOpenPublicAdvertCreateErrorCode = "INVALID_PARAMETER" | "PUBLIC_ADVERT_SIZE_INVALID" | "PUBLIC_ADVERT_IMGURL_IS_BLANK" | "PUBLIC_ADVERT_IMGURL_ILLEGAL" | "PUBLIC_ADVERT_LINKURL_IS_BLANK" | "PUBLIC_ADVERT_LINKURL_ILLEGAL" | "PUBLIC_ADVERT_IMGURL_OVERSIZE" | "PUBLIC_ADVERT_LINKURL_OVERSIZE" | "LIFE_APP_FILE_TOO_LARGE" | "PUBLIC_IMG_TYPE_INVALID" | "PUBLIC_ADVERT_EXISTS" | "SYSTEM_ERROR" | "BUSINESS_ERROR" | "SECURITY_CHECK_FAILED" | "AUTHORIZE_NOT_ADMIT";

/**
 * `alipay.open.public.advert.create`: POST /v3/alipay/open/public/advert/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicAdvertCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicAdvertCreate, {});
 * ```
 */
export const alipayOpenPublicAdvertCreate: ApiDefinition<"alipay.open.public.advert.create", AlipayOpenPublicAdvertCreateRequest, AlipayOpenPublicAdvertCreateResult, AlipayOpenPublicAdvertCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.advert.create",
  'POST',
  () => ({ advert_items: [AdvertItemShape] }),
  () => ({ advert_group: 0, advert_id: 0 }),
);
