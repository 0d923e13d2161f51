// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.eco.file.path.query` (GET /v3/alipay/eco/file/path/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayEcoFilePathQueryRequest = { target_app_id: '…', content_md_5: "eGMHwA4TWnbg6PYKMxreUQ==" };
 * ```
 */
export interface AlipayEcoFilePathQueryRequest {
  /** A query parameter (v3). */
  target_app_id?: string;
  /** A query parameter (v3). */
  content_md_5?: string;
  /** A query parameter (v3). */
  content_type?: string;
  /** A query parameter (v3). */
  file_name?: string;
  /** A query parameter (v3). */
  file_size?: number;
}

/**
 * The result of `alipay.eco.file.path.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEcoFilePathQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEcoFilePathQueryResult {
  file_id?: string;
  upload_url?: string;
}

/**
 * The error codes of `alipay.eco.file.path.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEcoFilePathQueryErrorCode = "PARAM_ERROR";
 * ```
 */
export type AlipayEcoFilePathQueryErrorCode = "PARAM_ERROR" | "SYSTEM_ERROR";

/**
 * `alipay.eco.file.path.query`: GET /v3/alipay/eco/file/path/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEcoFilePathQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEcoFilePathQuery, { target_app_id: '…', content_md_5: "eGMHwA4TWnbg6PYKMxreUQ==" });
 * ```
 */
export const alipayEcoFilePathQuery: ApiDefinition<"alipay.eco.file.path.query", AlipayEcoFilePathQueryRequest, AlipayEcoFilePathQueryResult, AlipayEcoFilePathQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.eco.file.path.query",
  { verb: 'GET', query: ["target_app_id", "content_md_5", "content_type", "file_name", "file_size"] },
  () => ({ target_app_id: 0, content_md_5: 0, content_type: 0, file_name: 0, file_size: 1 }),
  () => ({ file_id: 0, upload_url: 0 }),
);
