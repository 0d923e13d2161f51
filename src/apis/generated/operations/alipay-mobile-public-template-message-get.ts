// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.mobile.public.template.message.get` (GET /v3/alipay/mobile/public/template/message/get: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayMobilePublicTemplateMessageGetRequest = { template_id: "TM000000223" };
 * ```
 */
export interface AlipayMobilePublicTemplateMessageGetRequest {
  /** A query parameter (v3). */
  template_id?: string;
}

/**
 * The result of `alipay.mobile.public.template.message.get`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMobilePublicTemplateMessageGetResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMobilePublicTemplateMessageGetResult {
  msg_template_id?: string;
  template?: string;
}

/**
 * The error codes of `alipay.mobile.public.template.message.get` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMobilePublicTemplateMessageGetErrorCode = "PUB.TEMPLATE_MESSAGE_ID_INVAILD";
 * ```
 */
export type AlipayMobilePublicTemplateMessageGetErrorCode = "PUB.TEMPLATE_MESSAGE_ID_INVAILD" | "PUB.BUSINESS_ERROR" | "PUB.ILLEGAL_BIZ_PARAMS" | "PUB.APPINFO_NOT_EXIST" | "PUB.PUBLIC_NOT_ONLINE" | "PUB.NEED_SELECT_INDUSTRY" | "PUB.EXCEED_MAX_TEMPLATE_NUM";

/**
 * `alipay.mobile.public.template.message.get`: GET /v3/alipay/mobile/public/template/message/get over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMobilePublicTemplateMessageGet } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMobilePublicTemplateMessageGet, { template_id: "TM000000223" });
 * ```
 */
export const alipayMobilePublicTemplateMessageGet: ApiDefinition<"alipay.mobile.public.template.message.get", AlipayMobilePublicTemplateMessageGetRequest, AlipayMobilePublicTemplateMessageGetResult, AlipayMobilePublicTemplateMessageGetErrorCode> = /* @__PURE__ */ operation(
  "alipay.mobile.public.template.message.get",
  { verb: 'GET', query: ["template_id"] },
  () => ({ template_id: 0 }),
  () => ({ msg_template_id: 0, template: 0 }),
);
