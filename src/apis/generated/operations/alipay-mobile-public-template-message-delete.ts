// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.mobile.public.template.message.delete` (POST /v3/alipay/mobile/public/template/message/delete: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMobilePublicTemplateMessageDeleteRequest = { template_id: '…' };
 * ```
 */
export interface AlipayMobilePublicTemplateMessageDeleteRequest {
  template_id?: string;
}

/**
 * The result of `alipay.mobile.public.template.message.delete`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMobilePublicTemplateMessageDeleteResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayMobilePublicTemplateMessageDeleteResult = Record<string, never>;

/**
 * The error codes of `alipay.mobile.public.template.message.delete` from its error model (it lists none): an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * type Codes = AlipayMobilePublicTemplateMessageDeleteErrorCode; // never: none listed
 * ```
 */
export type AlipayMobilePublicTemplateMessageDeleteErrorCode = never;

/**
 * `alipay.mobile.public.template.message.delete`: POST /v3/alipay/mobile/public/template/message/delete over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMobilePublicTemplateMessageDelete } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMobilePublicTemplateMessageDelete, { template_id: '…' });
 * ```
 */
export const alipayMobilePublicTemplateMessageDelete: ApiDefinition<"alipay.mobile.public.template.message.delete", AlipayMobilePublicTemplateMessageDeleteRequest, AlipayMobilePublicTemplateMessageDeleteResult, AlipayMobilePublicTemplateMessageDeleteErrorCode> = /* @__PURE__ */ operation(
  "alipay.mobile.public.template.message.delete",
  'POST',
  () => ({ template_id: 0 }),
  () => ({}),
);
