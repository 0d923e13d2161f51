// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.public.message.content.modify` (POST /v3/alipay/open/public/message/content/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicMessageContentModifyRequest = { benefit: '…', content: '…' };
 * ```
 */
export interface AlipayOpenPublicMessageContentModifyRequest {
  benefit?: string;
  content?: string;
  content_id?: string;
  could_comment?: string;
  cover?: string;
  ctype?: string;
  ext_tags?: string;
  login_ids?: string;
  title?: string;
}

/**
 * The result of `alipay.open.public.message.content.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicMessageContentModifyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenPublicMessageContentModifyResult {
  content_id?: string;
  content_url?: string;
}

/**
 * The error codes of `alipay.open.public.message.content.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicMessageContentModifyErrorCode = "MSG_CONTENT_TITLE_INVALID";
 * ```
 */
export type AlipayOpenPublicMessageContentModifyErrorCode = "MSG_CONTENT_TITLE_INVALID" | "MSG_CONTENT_COVER_INVALID" | "MSG_CONTENT_BODY_INVALID" | "MSG_CONTENT_EXTTAGS_INVALID" | "MSG_CONTENT_ACTIVITY_INVALID" | "MSG_CONTENT_BENEFIT_INVALID" | "MSG_CONTENT_PREVIEWIDS_INVALID" | "MSG_CONTENT_ID_INVALID" | "MSG_CONTENT_NOT_EXISTS" | "MSG_CONTENT_NOT_ALLOW_UPDATE" | "ILLEGAL_BIZ_PARAMS" | "SYSTEM_ERROR" | "BUSINESS_ERROR" | "MSG_CONTENT_SECURITY_INVALID" | "MSG_CONTENT_COULDCOMMENT_INVALID";

/**
 * `alipay.open.public.message.content.modify`: POST /v3/alipay/open/public/message/content/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicMessageContentModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicMessageContentModify, { benefit: '…', content: '…' });
 * ```
 */
export const alipayOpenPublicMessageContentModify: ApiDefinition<"alipay.open.public.message.content.modify", AlipayOpenPublicMessageContentModifyRequest, AlipayOpenPublicMessageContentModifyResult, AlipayOpenPublicMessageContentModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.message.content.modify",
  'POST',
  () => ({ benefit: 0, content: 0, content_id: 0, could_comment: 0, cover: 0, ctype: 0, ext_tags: 0, login_ids: 0, title: 0 }),
  () => ({ content_id: 0, content_url: 0 }),
);
