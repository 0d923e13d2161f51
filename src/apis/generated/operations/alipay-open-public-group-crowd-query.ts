// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ComplexLabelRule, ComplexLabelRuleShape } from '../models/ComplexLabelRule.ts';

/**
 * The request of `alipay.open.public.group.crowd.query` (POST /v3/alipay/open/public/group/crowd/query: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicGroupCrowdQueryRequest = {};
 * ```
 */
export interface AlipayOpenPublicGroupCrowdQueryRequest {
  label_rule?: ComplexLabelRule[];
}

/**
 * The result of `alipay.open.public.group.crowd.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicGroupCrowdQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenPublicGroupCrowdQueryResult {
  count?: string;
}

/**
 * The error codes of `alipay.open.public.group.crowd.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicGroupCrowdQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenPublicGroupCrowdQueryErrorCode = "SYSTEM_ERROR" | "GROUP_CROWD_TOO_SMALL" | "LABEL_IS_REUSED" | "LABEL_ID_IS_EMPTY" | "OPERATOR_IS_EMPTY" | "OPERATOR_IS_INVALID" | "LABEL_VALUE_IS_EMPTY" | "LABEL_VALUE_INVALID" | "LABEL_NOT_EXISTS";

/**
 * `alipay.open.public.group.crowd.query`: POST /v3/alipay/open/public/group/crowd/query over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicGroupCrowdQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicGroupCrowdQuery, {});
 * ```
 */
export const alipayOpenPublicGroupCrowdQuery: ApiDefinition<"alipay.open.public.group.crowd.query", AlipayOpenPublicGroupCrowdQueryRequest, AlipayOpenPublicGroupCrowdQueryResult, AlipayOpenPublicGroupCrowdQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.group.crowd.query",
  'POST',
  () => ({ label_rule: [ComplexLabelRuleShape] }),
  () => ({ count: 0 }),
);
