// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ErrorMatcher, ErrorMatcherShape } from '../models/ErrorMatcher.ts';
import { type Matcher, MatcherShape } from '../models/Matcher.ts';

/**
 * The request of `alipay.open.public.matchuser.label.delete` (POST /v3/alipay/open/public/matchuser/label/delete: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicMatchuserLabelDeleteRequest = { label_id: '…' };
 * ```
 */
export interface AlipayOpenPublicMatchuserLabelDeleteRequest {
  label_id?: string;
  matchers?: Matcher[];
}

/**
 * The result of `alipay.open.public.matchuser.label.delete`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicMatchuserLabelDeleteResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenPublicMatchuserLabelDeleteResult {
  error_count?: number;
  error_matchers?: ErrorMatcher[];
}

/**
 * The error codes of `alipay.open.public.matchuser.label.delete` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicMatchuserLabelDeleteErrorCode = "ILLEGAL_BIZ_PARAMS";
 * ```
 */
export type AlipayOpenPublicMatchuserLabelDeleteErrorCode = "ILLEGAL_BIZ_PARAMS" | "MSG_MATCHER_INVALID" | "LABEL_ID_IS_EMPTY" | "MATCHER_PARAMS_IS_EMPTY" | "MOBILE_NO_INVALID" | "IDENTITY_CARD_INVALID" | "LABEL_NOT_EXISTS" | "NOT_MATCHED_ACCOUNT" | "OPEN_ID_IS_ILLEGAL" | "USER_LABEL_NOT_EXISTS";

/**
 * `alipay.open.public.matchuser.label.delete`: POST /v3/alipay/open/public/matchuser/label/delete over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicMatchuserLabelDelete } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicMatchuserLabelDelete, { label_id: '…' });
 * ```
 */
export const alipayOpenPublicMatchuserLabelDelete: ApiDefinition<"alipay.open.public.matchuser.label.delete", AlipayOpenPublicMatchuserLabelDeleteRequest, AlipayOpenPublicMatchuserLabelDeleteResult, AlipayOpenPublicMatchuserLabelDeleteErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.matchuser.label.delete",
  'POST',
  () => ({ label_id: 0, matchers: [MatcherShape] }),
  () => ({ error_count: 1, error_matchers: [ErrorMatcherShape] }),
);
