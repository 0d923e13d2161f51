// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.public.template.message.industry.modify` (POST /v3/alipay/open/public/template/message/industry/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicTemplateMessageIndustryModifyRequest = { primary_industry_code: '…', primary_industry_name: '…' };
 * ```
 */
export interface AlipayOpenPublicTemplateMessageIndustryModifyRequest {
  primary_industry_code?: string;
  primary_industry_name?: string;
  secondary_industry_code?: string;
  secondary_industry_name?: string;
}

/**
 * The result of `alipay.open.public.template.message.industry.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicTemplateMessageIndustryModifyResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenPublicTemplateMessageIndustryModifyResult = Record<string, never>;

/**
 * The error codes of `alipay.open.public.template.message.industry.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicTemplateMessageIndustryModifyErrorCode = "PUB.ILLEGAL_BIZ_PARAMS";
 * ```
 */
export type AlipayOpenPublicTemplateMessageIndustryModifyErrorCode = "PUB.ILLEGAL_BIZ_PARAMS" | "PUB.BIZ_CONTENT_IS_NULL" | "PUB.APPINFO_NOT_EXIST" | "PUB.PUBLIC_NOT_ONLINE" | "PUB.MODIFY_OVER_LIMIT" | "PUB.NEED_DELETE_MSG_TEMPLATES";

/**
 * `alipay.open.public.template.message.industry.modify`: POST /v3/alipay/open/public/template/message/industry/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicTemplateMessageIndustryModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicTemplateMessageIndustryModify, { primary_industry_code: '…', primary_industry_name: '…' });
 * ```
 */
export const alipayOpenPublicTemplateMessageIndustryModify: ApiDefinition<"alipay.open.public.template.message.industry.modify", AlipayOpenPublicTemplateMessageIndustryModifyRequest, AlipayOpenPublicTemplateMessageIndustryModifyResult, AlipayOpenPublicTemplateMessageIndustryModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.template.message.industry.modify",
  'POST',
  () => ({ primary_industry_code: 0, primary_industry_name: 0, secondary_industry_code: 0, secondary_industry_name: 0 }),
  () => ({}),
);
