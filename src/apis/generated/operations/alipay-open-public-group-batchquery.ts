// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.public.group.batchquery` (POST /v3/alipay/open/public/group/batchquery: no fields).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicGroupBatchqueryRequest = {};
 * ```
 */
export type AlipayOpenPublicGroupBatchqueryRequest = Record<string, never>;

/**
 * The result of `alipay.open.public.group.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicGroupBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenPublicGroupBatchqueryResult {
  groups?: QueryGroup[];
}

/**
 * The error codes of `alipay.open.public.group.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicGroupBatchqueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenPublicGroupBatchqueryErrorCode = "SYSTEM_ERROR";

/**
 * `QueryComplexLabelRule`, a model of Alipay's v3 description (in `alipay.open.public.group.batchquery`).
 *
 * @example
 * ```ts
 * const value: QueryComplexLabelRule = { label_id: '…', label_name: '…' };
 * ```
 */
export interface QueryComplexLabelRule {
  label_id?: string;
  label_name?: string;
  label_value?: string;
  operator?: string;
}
const QueryComplexLabelRuleShape = (): object => ({ label_id: 0, label_name: 0, label_value: 0, operator: 0 });

/**
 * `QueryGroup`, a model of Alipay's v3 description (in `alipay.open.public.group.batchquery`).
 *
 * @example
 * ```ts
 * const value: QueryGroup = { count: 1, id: '…' };
 * ```
 */
export interface QueryGroup {
  count?: number;
  id?: string;
  label_rule?: QueryComplexLabelRule[];
  name?: string;
}
const QueryGroupShape = (): object => ({ count: 1, id: 0, label_rule: [QueryComplexLabelRuleShape], name: 0 });

/**
 * `alipay.open.public.group.batchquery`: POST /v3/alipay/open/public/group/batchquery over v3 (no fields); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicGroupBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicGroupBatchquery, {});
 * ```
 */
export const alipayOpenPublicGroupBatchquery: ApiDefinition<"alipay.open.public.group.batchquery", AlipayOpenPublicGroupBatchqueryRequest, AlipayOpenPublicGroupBatchqueryResult, AlipayOpenPublicGroupBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.group.batchquery",
  { verb: 'POST', body: 'none' },
  () => ({}),
  () => ({ groups: [QueryGroupShape] }),
);
