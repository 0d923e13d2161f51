// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ComplexLabelRule, ComplexLabelRuleShape } from '../models/ComplexLabelRule.ts';

/**
 * The request of `alipay.open.public.group.create` (POST /v3/alipay/open/public/group/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicGroupCreateRequest = { name: '…' };
 * ```
 */
export interface AlipayOpenPublicGroupCreateRequest {
  label_rule?: ComplexLabelRule[];
  name?: string;
}

/**
 * The result of `alipay.open.public.group.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicGroupCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenPublicGroupCreateResult {
  group_id?: string;
}

/**
 * The error codes of `alipay.open.public.group.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicGroupCreateErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenPublicGroupCreateErrorCode = "SYSTEM_ERROR" | "GROUP_CROWD_TOO_SMALL" | "GROUP_NAME_IS_EMPTY" | "GROUP_NAME_TOO_LONG" | "GROUP_NAME_IS_INVALID" | "GROUP_NAME_EXISTED" | "LABEL_IS_REUSED" | "LABEL_ID_IS_EMPTY" | "OPERATOR_IS_EMPTY" | "OPERATOR_IS_INVALID" | "LABEL_VALUE_IS_EMPTY" | "LABEL_VALUE_INVALID" | "LABEL_NOT_EXISTS";

/**
 * `alipay.open.public.group.create`: POST /v3/alipay/open/public/group/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicGroupCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicGroupCreate, { name: '…' });
 * ```
 */
export const alipayOpenPublicGroupCreate: ApiDefinition<"alipay.open.public.group.create", AlipayOpenPublicGroupCreateRequest, AlipayOpenPublicGroupCreateResult, AlipayOpenPublicGroupCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.group.create",
  'POST',
  () => ({ label_rule: [ComplexLabelRuleShape], name: 0 }),
  () => ({ group_id: 0 }),
);
