// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type TemplateStyleInfoDTO, TemplateStyleInfoDTOShape } from '../models/TemplateStyleInfoDTO.ts';

/**
 * The request of `alipay.marketing.card.template.batchquery` (POST /v3/alipay/marketing/card/template/batchquery: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingCardTemplateBatchqueryRequest = { page_no: 1, page_size: 1 };
 * ```
 */
export interface AlipayMarketingCardTemplateBatchqueryRequest {
  page_no?: number;
  page_size?: number;
}

/**
 * The result of `alipay.marketing.card.template.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingCardTemplateBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingCardTemplateBatchqueryResult {
  mcard_template?: McardTemplate[];
  template_total?: number;
}

/**
 * The error codes of `alipay.marketing.card.template.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingCardTemplateBatchqueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayMarketingCardTemplateBatchqueryErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR";

/**
 * `McardTemplate`, a model of Alipay's v3 description (in `alipay.marketing.card.template.batchquery`).
 *
 * @example
 * ```ts
 * const value: McardTemplate = { card_type: '…', gmt_create: '…' };
 * ```
 */
export interface McardTemplate {
  card_type?: string;
  gmt_create?: string;
  gmt_modified?: string;
  template_id?: string;
  template_style_info?: TemplateStyleInfoDTO;
}
const McardTemplateShape = (): object => ({ card_type: 0, gmt_create: 0, gmt_modified: 0, template_id: 0, template_style_info: TemplateStyleInfoDTOShape });

/**
 * `alipay.marketing.card.template.batchquery`: POST /v3/alipay/marketing/card/template/batchquery over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingCardTemplateBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingCardTemplateBatchquery, { page_no: 1, page_size: 1 });
 * ```
 */
export const alipayMarketingCardTemplateBatchquery: ApiDefinition<"alipay.marketing.card.template.batchquery", AlipayMarketingCardTemplateBatchqueryRequest, AlipayMarketingCardTemplateBatchqueryResult, AlipayMarketingCardTemplateBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.card.template.batchquery",
  'POST',
  () => ({ page_no: 1, page_size: 1 }),
  () => ({ mcard_template: [McardTemplateShape], template_total: 1 }),
);
