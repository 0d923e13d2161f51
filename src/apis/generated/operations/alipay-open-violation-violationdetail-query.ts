// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.violation.violationdetail.query` (GET /v3/alipay/open/violation/violationdetail/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenViolationViolationdetailQueryRequest = { violation_record_id: "20220524001020000000000001" };
 * ```
 */
export interface AlipayOpenViolationViolationdetailQueryRequest {
  /** A query parameter (v3). */
  violation_record_id?: string;
}

/**
 * The result of `alipay.open.violation.violationdetail.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenViolationViolationdetailQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenViolationViolationdetailQueryResult {
  appeal_dead_line?: string;
  appeal_reply_records?: ReplyRecord[];
  can_appeal?: boolean;
  can_rectify?: boolean;
  punish_action?: string[];
  rectify_dead_line?: string;
  rectify_reply_records?: ReplyRecord[];
  status?: string;
  surplus_appeal_cnt?: string;
  surplus_rectify_cnt?: string;
  target_id?: string;
  target_name?: string;
  target_type?: string;
  violation_evidence?: AuditEvidenceInfo[];
  violation_reason?: string;
  violation_record_id?: string;
  violation_time?: string;
  violation_type?: string;
}

/**
 * The error codes of `alipay.open.violation.violationdetail.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenViolationViolationdetailQueryErrorCode = "AUTHORITY_ILLEGAL";
 * ```
 */
export type AlipayOpenViolationViolationdetailQueryErrorCode = "AUTHORITY_ILLEGAL" | "ILLEGAL_PARAMS" | "SYSTEM_ERROR";

/**
 * `AuditEvidenceInfo`, a model of Alipay's v3 description (in `alipay.open.violation.violationdetail.query`).
 *
 * @example
 * ```ts
 * const value: AuditEvidenceInfo = { file_type: '…', url: '…' };
 * ```
 */
export interface AuditEvidenceInfo {
  file_type?: string;
  url?: string;
}
const AuditEvidenceInfoShape = (): object => ({ file_type: 0, url: 0 });

/**
 * `ReplyRecord`, a model of Alipay's v3 description (in `alipay.open.violation.violationdetail.query`).
 *
 * @example
 * ```ts
 * const value: ReplyRecord = { content: '…', gmt_create: '…' };
 * ```
 */
export interface ReplyRecord {
  content?: string;
  gmt_create?: string;
  images?: string[];
  replier_role?: string;
  status?: string;
}
const ReplyRecordShape = (): object => ({ content: 0, gmt_create: 0, images: [0], replier_role: 0, status: 0 });

/**
 * `alipay.open.violation.violationdetail.query`: GET /v3/alipay/open/violation/violationdetail/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenViolationViolationdetailQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenViolationViolationdetailQuery, { violation_record_id: "20220524001020000000000001" });
 * ```
 */
export const alipayOpenViolationViolationdetailQuery: ApiDefinition<"alipay.open.violation.violationdetail.query", AlipayOpenViolationViolationdetailQueryRequest, AlipayOpenViolationViolationdetailQueryResult, AlipayOpenViolationViolationdetailQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.violation.violationdetail.query",
  { verb: 'GET', query: ["violation_record_id"] },
  () => ({ violation_record_id: 0 }),
  () => ({ appeal_dead_line: 0, appeal_reply_records: [ReplyRecordShape], can_appeal: 2, can_rectify: 2, punish_action: [0], rectify_dead_line: 0, rectify_reply_records: [ReplyRecordShape], status: 0, surplus_appeal_cnt: 0, surplus_rectify_cnt: 0, target_id: 0, target_name: 0, target_type: 0, violation_evidence: [AuditEvidenceInfoShape], violation_reason: 0, violation_record_id: 0, violation_time: 0, violation_type: 0 }),
);
