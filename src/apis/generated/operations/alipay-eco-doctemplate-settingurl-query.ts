// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.eco.doctemplate.settingurl.query` (GET /v3/alipay/eco/doctemplate/settingurl/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayEcoDoctemplateSettingurlQueryRequest = { target_app_id: '…', template_id: "0016801a4ec24e548a93b094856b735c" };
 * ```
 */
export interface AlipayEcoDoctemplateSettingurlQueryRequest {
  /** A query parameter (v3). */
  target_app_id?: string;
  /** A query parameter (v3). */
  template_id?: string;
}

/**
 * The result of `alipay.eco.doctemplate.settingurl.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEcoDoctemplateSettingurlQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEcoDoctemplateSettingurlQueryResult {
  setting_url?: string;
}

/**
 * The error codes of `alipay.eco.doctemplate.settingurl.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEcoDoctemplateSettingurlQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayEcoDoctemplateSettingurlQueryErrorCode = "SYSTEM_ERROR" | "PARAM_ERROR" | "TEMPLATE_FILE_IS_NOT_CONVERT";

/**
 * `alipay.eco.doctemplate.settingurl.query`: GET /v3/alipay/eco/doctemplate/settingurl/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEcoDoctemplateSettingurlQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEcoDoctemplateSettingurlQuery, { target_app_id: '…', template_id: "0016801a4ec24e548a93b094856b735c" });
 * ```
 */
export const alipayEcoDoctemplateSettingurlQuery: ApiDefinition<"alipay.eco.doctemplate.settingurl.query", AlipayEcoDoctemplateSettingurlQueryRequest, AlipayEcoDoctemplateSettingurlQueryResult, AlipayEcoDoctemplateSettingurlQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.eco.doctemplate.settingurl.query",
  { verb: 'GET', query: ["target_app_id", "template_id"] },
  () => ({ target_app_id: 0, template_id: 0 }),
  () => ({ setting_url: 0 }),
);
