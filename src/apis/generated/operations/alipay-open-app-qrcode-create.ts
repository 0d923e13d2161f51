// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.app.qrcode.create` (POST /v3/alipay/open/app/qrcode/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenAppQrcodeCreateRequest = { color: '…', describe: '…' };
 * ```
 */
export interface AlipayOpenAppQrcodeCreateRequest {
  color?: string;
  describe?: string;
  query_param?: string;
  size?: string;
  url_param?: string;
}

/**
 * The result of `alipay.open.app.qrcode.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenAppQrcodeCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenAppQrcodeCreateResult {
  qr_code_url?: string;
  qr_code_url_circle_blue?: string;
  qr_code_url_circle_white?: string;
}

/**
 * The error codes of `alipay.open.app.qrcode.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenAppQrcodeCreateErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayOpenAppQrcodeCreateErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "QRCODE_DESC_CHECK_INVALID" | "HM_BG_COLOR_INVALID";

/**
 * `alipay.open.app.qrcode.create`: POST /v3/alipay/open/app/qrcode/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenAppQrcodeCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenAppQrcodeCreate, { color: '…', describe: '…' });
 * ```
 */
export const alipayOpenAppQrcodeCreate: ApiDefinition<"alipay.open.app.qrcode.create", AlipayOpenAppQrcodeCreateRequest, AlipayOpenAppQrcodeCreateResult, AlipayOpenAppQrcodeCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.app.qrcode.create",
  'POST',
  () => ({ color: 0, describe: 0, query_param: 0, size: 0, url_param: 0 }),
  () => ({ qr_code_url: 0, qr_code_url_circle_blue: 0, qr_code_url_circle_white: 0 }),
);
