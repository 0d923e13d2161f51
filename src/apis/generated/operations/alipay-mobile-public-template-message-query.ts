// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.mobile.public.template.message.query` (POST /v3/alipay/mobile/public/template/message/query: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMobilePublicTemplateMessageQueryRequest = { auth_token: '…', template: '…' };
 * ```
 */
export interface AlipayMobilePublicTemplateMessageQueryRequest {
  /** The user's access token: a query parameter (v3), the `auth_token` parameter (v2). */
  auth_token?: string;
  template?: string;
  template_id?: string;
}

/**
 * The result of `alipay.mobile.public.template.message.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMobilePublicTemplateMessageQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMobilePublicTemplateMessageQueryResult {
  result?: string;
}

/**
 * The error codes of `alipay.mobile.public.template.message.query` from its error model (it lists none): an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * type Codes = AlipayMobilePublicTemplateMessageQueryErrorCode; // never: none listed
 * ```
 */
export type AlipayMobilePublicTemplateMessageQueryErrorCode = never;

/**
 * `alipay.mobile.public.template.message.query`: POST /v3/alipay/mobile/public/template/message/query over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMobilePublicTemplateMessageQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMobilePublicTemplateMessageQuery, { auth_token: '…', template: '…' });
 * ```
 */
export const alipayMobilePublicTemplateMessageQuery: ApiDefinition<"alipay.mobile.public.template.message.query", AlipayMobilePublicTemplateMessageQueryRequest, AlipayMobilePublicTemplateMessageQueryResult, AlipayMobilePublicTemplateMessageQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.mobile.public.template.message.query",
  { verb: 'POST', query: ["auth_token"] },
  () => ({ auth_token: 0, template: 0, template_id: 0 }),
  () => ({ result: 0 }),
);
