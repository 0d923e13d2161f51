// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.public.qrcode.create` (POST /v3/alipay/open/public/qrcode/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicQrcodeCreateRequest = { code_type: '…', expire_second: '…' };
 * ```
 */
export interface AlipayOpenPublicQrcodeCreateRequest {
  code_info?: CodeInfo;
  code_type?: string;
  expire_second?: string;
  show_logo?: string;
}

/**
 * The result of `alipay.open.public.qrcode.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicQrcodeCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenPublicQrcodeCreateResult {
  code_img?: string;
  expire_second?: string;
}

/**
 * The error codes of `alipay.open.public.qrcode.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicQrcodeCreateErrorCode = "PARSE_XML_JSON_ERROR";
 * ```
 */
export type AlipayOpenPublicQrcodeCreateErrorCode = "PARSE_XML_JSON_ERROR" | "ILLEGAL_BIZ_PARAMS" | "SYSTEM_ERROR";

/**
 * `CodeInfo`, a model of Alipay's v3 description (in `alipay.open.public.qrcode.create`).
 *
 * @example
 * ```ts
 * const value: CodeInfo = { goto_url: '…' };
 * ```
 */
export interface CodeInfo {
  goto_url?: string;
  scene?: Scene;
}
const CodeInfoShape = (): object => ({ goto_url: 0, scene: SceneShape });

/**
 * `Scene`, a model of Alipay's v3 description (in `alipay.open.public.qrcode.create`).
 *
 * @example
 * ```ts
 * const value: Scene = { scene_id: '…' };
 * ```
 */
export interface Scene {
  scene_id?: string;
}
const SceneShape = (): object => ({ scene_id: 0 });

/**
 * `alipay.open.public.qrcode.create`: POST /v3/alipay/open/public/qrcode/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicQrcodeCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicQrcodeCreate, { code_type: '…', expire_second: '…' });
 * ```
 */
export const alipayOpenPublicQrcodeCreate: ApiDefinition<"alipay.open.public.qrcode.create", AlipayOpenPublicQrcodeCreateRequest, AlipayOpenPublicQrcodeCreateResult, AlipayOpenPublicQrcodeCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.qrcode.create",
  'POST',
  () => ({ code_info: CodeInfoShape, code_type: 0, expire_second: 0, show_logo: 0 }),
  () => ({ code_img: 0, expire_second: 0 }),
);
