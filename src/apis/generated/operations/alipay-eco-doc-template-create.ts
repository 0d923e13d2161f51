// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.eco.doc.template.create` (POST /v3/alipay/eco/doc/template/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEcoDocTemplateCreateRequest = { target_app_id: '…', content_md_5: '…' };
 * ```
 */
export interface AlipayEcoDocTemplateCreateRequest {
  /** A query parameter (v3). */
  target_app_id?: string;
  content_md_5?: string;
  content_type?: string;
  convert_to_pdf?: string;
  file_name?: string;
}

/**
 * The result of `alipay.eco.doc.template.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEcoDocTemplateCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEcoDocTemplateCreateResult {
  template_id?: string;
  upload_url?: string;
}

/**
 * The error codes of `alipay.eco.doc.template.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEcoDocTemplateCreateErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayEcoDocTemplateCreateErrorCode = "SYSTEM_ERROR" | "PARAM_ERROR";

/**
 * `alipay.eco.doc.template.create`: POST /v3/alipay/eco/doc/template/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEcoDocTemplateCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEcoDocTemplateCreate, { target_app_id: '…', content_md_5: '…' });
 * ```
 */
export const alipayEcoDocTemplateCreate: ApiDefinition<"alipay.eco.doc.template.create", AlipayEcoDocTemplateCreateRequest, AlipayEcoDocTemplateCreateResult, AlipayEcoDocTemplateCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.eco.doc.template.create",
  { verb: 'POST', query: ["target_app_id"] },
  () => ({ target_app_id: 0, content_md_5: 0, content_type: 0, convert_to_pdf: 0, file_name: 0 }),
  () => ({ template_id: 0, upload_url: 0 }),
);
