// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.qrcode.query` (GET /v3/alipay/open/mini/qrcode/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniQrcodeQueryRequest = { page_no: 1, page_size: 10 };
 * ```
 */
export interface AlipayOpenMiniQrcodeQueryRequest {
  /** A query parameter (v3). */
  page_no?: number;
  /** A query parameter (v3). */
  page_size?: number;
}

/**
 * The result of `alipay.open.mini.qrcode.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniQrcodeQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniQrcodeQueryResult {
  qr_code_route_groups?: QrCodeRouteGroup[];
  total_items?: number;
}

/**
 * The error codes of `alipay.open.mini.qrcode.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniQrcodeQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenMiniQrcodeQueryErrorCode = "SYSTEM_ERROR" | "PAGE_PARAM_NULL_FAIL" | "PAGE_SIZE_OUT_LIMIT_FAIL" | "PAGE_PARAM_MIN_LIMIT_FAIL" | "INVALID_PARAMETER";

/**
 * `QrCodeRouteGroup`, a model of Alipay's v3 description (in `alipay.open.mini.qrcode.query`).
 *
 * @example
 * ```ts
 * const value: QrCodeRouteGroup = { mode: '…', route_group: '…' };
 * ```
 */
export interface QrCodeRouteGroup {
  mode?: string;
  route_group?: string;
  route_url?: string;
}
const QrCodeRouteGroupShape = (): object => ({ mode: 0, route_group: 0, route_url: 0 });

/**
 * `alipay.open.mini.qrcode.query`: GET /v3/alipay/open/mini/qrcode/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniQrcodeQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniQrcodeQuery, { page_no: 1, page_size: 10 });
 * ```
 */
export const alipayOpenMiniQrcodeQuery: ApiDefinition<"alipay.open.mini.qrcode.query", AlipayOpenMiniQrcodeQueryRequest, AlipayOpenMiniQrcodeQueryResult, AlipayOpenMiniQrcodeQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.qrcode.query",
  { verb: 'GET', query: ["page_no", "page_size"] },
  () => ({ page_no: 1, page_size: 1 }),
  () => ({ qr_code_route_groups: [QrCodeRouteGroupShape], total_items: 1 }),
);
