// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ServiceRecordCatRequest, ServiceRecordCatRequestShape } from '../models/ServiceRecordCatRequest.ts';

/**
 * The request of `alipay.iservice.ccm.servicerecord.modify` (POST /v3/alipay/iservice/ccm/servicerecord/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmServicerecordModifyRequest = { acid: '…', aid: '…' };
 * ```
 */
export interface AlipayIserviceCcmServicerecordModifyRequest {
  acid?: string;
  aid?: string;
  ani?: string;
  asid?: string;
  category_list?: ServiceRecordCatRequest;
  chat_begin_time?: string;
  chat_end_time?: string;
  city?: string;
  creator_id?: string;
  discon_symbol?: string;
  dnis?: string;
  file_size?: number;
  gmt_create?: string;
  gmt_modified?: string;
  id?: string;
  memo?: string;
  modifier_id?: string;
  outbound_task_id?: string;
  satisfaction?: string;
  satisfaction_memo?: string;
  service_source?: string;
  service_time?: number;
  skillgroup_id?: string;
  skillgroup_name?: string;
  status?: string;
  tnt_inst_id?: string;
  user_id?: string;
  verify_result?: string;
}

/**
 * The result of `alipay.iservice.ccm.servicerecord.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmServicerecordModifyResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayIserviceCcmServicerecordModifyResult = Record<string, never>;

/**
 * The error codes of `alipay.iservice.ccm.servicerecord.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmServicerecordModifyErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayIserviceCcmServicerecordModifyErrorCode = "INVALID_PARAMETER" | "SERVICE_RECORD_NOT_EXISIT";

/**
 * `alipay.iservice.ccm.servicerecord.modify`: POST /v3/alipay/iservice/ccm/servicerecord/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmServicerecordModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmServicerecordModify, { acid: '…', aid: '…' });
 * ```
 */
export const alipayIserviceCcmServicerecordModify: ApiDefinition<"alipay.iservice.ccm.servicerecord.modify", AlipayIserviceCcmServicerecordModifyRequest, AlipayIserviceCcmServicerecordModifyResult, AlipayIserviceCcmServicerecordModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.servicerecord.modify",
  'POST',
  () => ({ acid: 0, aid: 0, ani: 0, asid: 0, category_list: ServiceRecordCatRequestShape, chat_begin_time: 0, chat_end_time: 0, city: 0, creator_id: 0, discon_symbol: 0, dnis: 0, file_size: 1, gmt_create: 0, gmt_modified: 0, id: 0, memo: 0, modifier_id: 0, outbound_task_id: 0, satisfaction: 0, satisfaction_memo: 0, service_source: 0, service_time: 1, skillgroup_id: 0, skillgroup_name: 0, status: 0, tnt_inst_id: 0, user_id: 0, verify_result: 0 }),
  () => ({}),
);
