// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.mobile.public.qrcode.create` (POST /v3/alipay/mobile/public/qrcode/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMobilePublicQrcodeCreateRequest = { biz_content: '…' };
 * ```
 */
export interface AlipayMobilePublicQrcodeCreateRequest {
  biz_content?: string;
}

/**
 * The result of `alipay.mobile.public.qrcode.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMobilePublicQrcodeCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMobilePublicQrcodeCreateResult {
  /** Over v2 the gateway's envelope field of this name (text). */
  code?: number | string;
  code_img?: string;
  expire_second?: number;
  msg?: string;
}

/**
 * The error codes of `alipay.mobile.public.qrcode.create` from its error model (it lists none): an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * type Codes = AlipayMobilePublicQrcodeCreateErrorCode; // never: none listed
 * ```
 */
export type AlipayMobilePublicQrcodeCreateErrorCode = never;

/**
 * `alipay.mobile.public.qrcode.create`: POST /v3/alipay/mobile/public/qrcode/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMobilePublicQrcodeCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMobilePublicQrcodeCreate, { biz_content: '…' });
 * ```
 */
export const alipayMobilePublicQrcodeCreate: ApiDefinition<"alipay.mobile.public.qrcode.create", AlipayMobilePublicQrcodeCreateRequest, AlipayMobilePublicQrcodeCreateResult, AlipayMobilePublicQrcodeCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.mobile.public.qrcode.create",
  'POST',
  () => ({ biz_content: 0 }),
  () => ({ code: 5, code_img: 0, expire_second: 1, msg: 0 }),
);
