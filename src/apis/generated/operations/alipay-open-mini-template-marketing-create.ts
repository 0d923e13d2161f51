// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.template.marketing.create` (POST /v3/alipay/open/mini/template/marketing/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniTemplateMarketingCreateRequest = { activity_id: '…', gmt_end: '…' };
 * ```
 */
export interface AlipayOpenMiniTemplateMarketingCreateRequest {
  activity_id?: string;
  gmt_end?: string;
  gmt_start?: string;
  template_ids?: string[];
  title?: string;
}

/**
 * The result of `alipay.open.mini.template.marketing.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniTemplateMarketingCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniTemplateMarketingCreateResult {
  detail_id?: string;
}

/**
 * The error codes of `alipay.open.mini.template.marketing.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniTemplateMarketingCreateErrorCode = "ACTIVITY_ID_IS_NULL";
 * ```
 */
export type AlipayOpenMiniTemplateMarketingCreateErrorCode = "ACTIVITY_ID_IS_NULL" | "TEMPLATE_ID_IS_NULL" | "END_TIME_IS_VALID" | "TEMPLATE_ID_OVER_LIMIT" | "ACTIVITY_IS_NOT_EXIST" | "HAS_NO_AUTH_FOR_ACTIVITY";

/**
 * `alipay.open.mini.template.marketing.create`: POST /v3/alipay/open/mini/template/marketing/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniTemplateMarketingCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniTemplateMarketingCreate, { activity_id: '…', gmt_end: '…' });
 * ```
 */
export const alipayOpenMiniTemplateMarketingCreate: ApiDefinition<"alipay.open.mini.template.marketing.create", AlipayOpenMiniTemplateMarketingCreateRequest, AlipayOpenMiniTemplateMarketingCreateResult, AlipayOpenMiniTemplateMarketingCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.template.marketing.create",
  'POST',
  () => ({ activity_id: 0, gmt_end: 0, gmt_start: 0, template_ids: [0], title: 0 }),
  () => ({ detail_id: 0 }),
);
