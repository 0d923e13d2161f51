// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.public.template.message.get` (GET /v3/alipay/open/public/template/message/get: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicTemplateMessageGetRequest = { template_id: "TM000000223" };
 * ```
 */
export interface AlipayOpenPublicTemplateMessageGetRequest {
  /** A query parameter (v3). */
  template_id?: string;
}

/**
 * The result of `alipay.open.public.template.message.get`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicTemplateMessageGetResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenPublicTemplateMessageGetResult {
  msg_template_id?: string;
  template?: string;
}

/**
 * The error codes of `alipay.open.public.template.message.get` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicTemplateMessageGetErrorCode = "TEMPLATE_MESSAGE_ID_INVAILD";
 * ```
 */
export type AlipayOpenPublicTemplateMessageGetErrorCode = "TEMPLATE_MESSAGE_ID_INVAILD" | "BUSINESS_ERROR" | "ILLEGAL_BIZ_PARAMS" | "APPINFO_NOT_EXIST" | "PUBLIC_NOT_ONLINE" | "NEED_SELECT_INDUSTRY" | "EXCEED_MAX_TEMPLATE_NUM" | "APP_NOT_PUBLICAPP";

/**
 * `alipay.open.public.template.message.get`: GET /v3/alipay/open/public/template/message/get over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicTemplateMessageGet } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicTemplateMessageGet, { template_id: "TM000000223" });
 * ```
 */
export const alipayOpenPublicTemplateMessageGet: ApiDefinition<"alipay.open.public.template.message.get", AlipayOpenPublicTemplateMessageGetRequest, AlipayOpenPublicTemplateMessageGetResult, AlipayOpenPublicTemplateMessageGetErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.template.message.get",
  { verb: 'GET', query: ["template_id"] },
  () => ({ template_id: 0 }),
  () => ({ msg_template_id: 0, template: 0 }),
);
