// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.mobile.public.shortlink.create` (POST /v3/alipay/mobile/public/shortlink/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMobilePublicShortlinkCreateRequest = { biz_content: '…' };
 * ```
 */
export interface AlipayMobilePublicShortlinkCreateRequest {
  biz_content?: string;
}

/**
 * The result of `alipay.mobile.public.shortlink.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMobilePublicShortlinkCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMobilePublicShortlinkCreateResult {
  code?: string;
  msg?: string;
  shortlink?: string;
}

/**
 * The error codes of `alipay.mobile.public.shortlink.create` from its error model (it lists none): an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * type Codes = AlipayMobilePublicShortlinkCreateErrorCode; // never: none listed
 * ```
 */
export type AlipayMobilePublicShortlinkCreateErrorCode = never;

/**
 * `alipay.mobile.public.shortlink.create`: POST /v3/alipay/mobile/public/shortlink/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMobilePublicShortlinkCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMobilePublicShortlinkCreate, { biz_content: '…' });
 * ```
 */
export const alipayMobilePublicShortlinkCreate: ApiDefinition<"alipay.mobile.public.shortlink.create", AlipayMobilePublicShortlinkCreateRequest, AlipayMobilePublicShortlinkCreateResult, AlipayMobilePublicShortlinkCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.mobile.public.shortlink.create",
  'POST',
  () => ({ biz_content: 0 }),
  () => ({ code: 0, msg: 0, shortlink: 0 }),
);
