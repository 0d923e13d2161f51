// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ComplexLabelRule, ComplexLabelRuleShape } from '../models/ComplexLabelRule.ts';

/**
 * The request of `alipay.open.public.group.modify` (POST /v3/alipay/open/public/group/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicGroupModifyRequest = { group_id: '…', name: '…' };
 * ```
 */
export interface AlipayOpenPublicGroupModifyRequest {
  group_id?: string;
  label_rule?: ComplexLabelRule[];
  name?: string;
}

/**
 * The result of `alipay.open.public.group.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicGroupModifyResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenPublicGroupModifyResult = Record<string, never>;

/**
 * The error codes of `alipay.open.public.group.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicGroupModifyErrorCode = "GROUP_CROWD_TOO_SMALL";
 * ```
 */
export type AlipayOpenPublicGroupModifyErrorCode = "GROUP_CROWD_TOO_SMALL" | "GROUP_NOT_EXISTED" | "GROUP_ID_INVALID" | "GROUP_NAME_IS_EMPTY" | "GROUP_NAME_TOO_LONG" | "GROUP_NAME_IS_INVALID" | "GROUP_NAME_EXISTED" | "LABEL_IS_REUSED" | "LABEL_ID_IS_EMPTY" | "OPERATOR_IS_EMPTY" | "OPERATOR_IS_INVALID" | "LABEL_VALUE_IS_EMPTY" | "LABEL_VALUE_INVALID" | "LABEL_NOT_EXISTS" | "SYSTEM_ERROR";

/**
 * `alipay.open.public.group.modify`: POST /v3/alipay/open/public/group/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicGroupModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicGroupModify, { group_id: '…', name: '…' });
 * ```
 */
export const alipayOpenPublicGroupModify: ApiDefinition<"alipay.open.public.group.modify", AlipayOpenPublicGroupModifyRequest, AlipayOpenPublicGroupModifyResult, AlipayOpenPublicGroupModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.group.modify",
  'POST',
  () => ({ group_id: 0, label_rule: [ComplexLabelRuleShape], name: 0 }),
  () => ({}),
);
