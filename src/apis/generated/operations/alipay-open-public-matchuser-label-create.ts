// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ErrorMatcher, ErrorMatcherShape } from '../models/ErrorMatcher.ts';
import { type Matcher, MatcherShape } from '../models/Matcher.ts';

/**
 * The request of `alipay.open.public.matchuser.label.create` (POST /v3/alipay/open/public/matchuser/label/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicMatchuserLabelCreateRequest = { label_id: '…', label_value: '…' };
 * ```
 */
export interface AlipayOpenPublicMatchuserLabelCreateRequest {
  label_id?: string;
  label_value?: string;
  matchers?: Matcher[];
}

/**
 * The result of `alipay.open.public.matchuser.label.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicMatchuserLabelCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenPublicMatchuserLabelCreateResult {
  error_count?: number;
  error_matchers?: ErrorMatcher[];
}

/**
 * The error codes of `alipay.open.public.matchuser.label.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicMatchuserLabelCreateErrorCode = "ILLEGAL_BIZ_PARAMS";
 * ```
 */
export type AlipayOpenPublicMatchuserLabelCreateErrorCode = "ILLEGAL_BIZ_PARAMS" | "MSG_MATCHER_INVALID" | "LABEL_ID_IS_EMPTY" | "LABEL_VALUE_IS_EMPTY" | "LABEL_VALUE_TOO_LONG" | "MATCHER_PARAMS_IS_EMPTY" | "MOBILE_NO_INVALID" | "IDENTITY_CARD_INVALID" | "LABEL_NOT_EXISTS" | "DATA_TYPE_INVALID" | "NOT_MATCHED_ACCOUNT" | "OPEN_ID_IS_ILLEGAL";

/**
 * `alipay.open.public.matchuser.label.create`: POST /v3/alipay/open/public/matchuser/label/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicMatchuserLabelCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicMatchuserLabelCreate, { label_id: '…', label_value: '…' });
 * ```
 */
export const alipayOpenPublicMatchuserLabelCreate: ApiDefinition<"alipay.open.public.matchuser.label.create", AlipayOpenPublicMatchuserLabelCreateRequest, AlipayOpenPublicMatchuserLabelCreateResult, AlipayOpenPublicMatchuserLabelCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.matchuser.label.create",
  'POST',
  () => ({ label_id: 0, label_value: 0, matchers: [MatcherShape] }),
  () => ({ error_count: 1, error_matchers: [ErrorMatcherShape] }),
);
