// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.violation.violationevent.batchquery` (POST /v3/alipay/open/violation/violationevent/batchquery: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenViolationViolationeventBatchqueryRequest = { begin_time: '…', end_time: '…' };
 * ```
 */
export interface AlipayOpenViolationViolationeventBatchqueryRequest {
  begin_time?: string;
  end_time?: string;
  status?: string;
}

/**
 * The result of `alipay.open.violation.violationevent.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenViolationViolationeventBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenViolationViolationeventBatchqueryResult {
  violation_record_infos?: ViolationEvent;
}

/**
 * The error codes of `alipay.open.violation.violationevent.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenViolationViolationeventBatchqueryErrorCode = "AUTHORITY_ILLEGAL";
 * ```
 */
export type AlipayOpenViolationViolationeventBatchqueryErrorCode = "AUTHORITY_ILLEGAL" | "ILLEGAL_PARAMS" | "SYSTEM_ERROR";

/**
 * `ViolationEvent`, a model of Alipay's v3 description (in `alipay.open.violation.violationevent.batchquery`).
 *
 * @example
 * ```ts
 * const value: ViolationEvent = { can_appeal: true, can_rectify: true };
 * ```
 */
export interface ViolationEvent {
  can_appeal?: boolean;
  can_rectify?: boolean;
  punish_action?: string;
  status?: string;
  target_id?: string;
  target_name?: string;
  target_type?: string;
  violation_record_id?: string;
  violation_time?: string;
  violation_type?: string;
}
const ViolationEventShape = (): object => ({ can_appeal: 2, can_rectify: 2, punish_action: 0, status: 0, target_id: 0, target_name: 0, target_type: 0, violation_record_id: 0, violation_time: 0, violation_type: 0 });

/**
 * `alipay.open.violation.violationevent.batchquery`: POST /v3/alipay/open/violation/violationevent/batchquery over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenViolationViolationeventBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenViolationViolationeventBatchquery, { begin_time: '…', end_time: '…' });
 * ```
 */
export const alipayOpenViolationViolationeventBatchquery: ApiDefinition<"alipay.open.violation.violationevent.batchquery", AlipayOpenViolationViolationeventBatchqueryRequest, AlipayOpenViolationViolationeventBatchqueryResult, AlipayOpenViolationViolationeventBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.violation.violationevent.batchquery",
  'POST',
  () => ({ begin_time: 0, end_time: 0, status: 0 }),
  () => ({ violation_record_infos: ViolationEventShape }),
);
