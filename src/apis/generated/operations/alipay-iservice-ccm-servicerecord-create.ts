// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ServiceRecordCatRequest, ServiceRecordCatRequestShape } from '../models/ServiceRecordCatRequest.ts';

/**
 * The request of `alipay.iservice.ccm.servicerecord.create` (POST /v3/alipay/iservice/ccm/servicerecord/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmServicerecordCreateRequest = { acid: '…', aid: '…' };
 * ```
 */
export interface AlipayIserviceCcmServicerecordCreateRequest {
  acid?: string;
  aid?: string;
  ani?: string;
  asid?: string;
  category_list?: ServiceRecordCatRequest[];
  chat_begin_time?: string;
  chat_end_time?: string;
  city?: string;
  creator_id?: string;
  discon_symbol?: string;
  dnis?: string;
  file_size?: number;
  gmt_create?: string;
  gmt_modified?: string;
  memo?: string;
  modifier_id?: string;
  outbound_task_id?: string;
  satisfaction?: string;
  satisfaction_memo?: string;
  service_source?: string;
  service_time?: number;
  skillgroup_id?: string;
  skillgroup_name?: string;
  tnt_inst_id?: string;
  user_id?: string;
  verify_result?: string;
}

/**
 * The result of `alipay.iservice.ccm.servicerecord.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmServicerecordCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayIserviceCcmServicerecordCreateResult {
  service_record_id?: string;
}

/**
 * The error codes of `alipay.iservice.ccm.servicerecord.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmServicerecordCreateErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayIserviceCcmServicerecordCreateErrorCode = "INVALID_PARAMETER" | "BIZ_ERROR";

/**
 * `alipay.iservice.ccm.servicerecord.create`: POST /v3/alipay/iservice/ccm/servicerecord/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmServicerecordCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmServicerecordCreate, { acid: '…', aid: '…' });
 * ```
 */
export const alipayIserviceCcmServicerecordCreate: ApiDefinition<"alipay.iservice.ccm.servicerecord.create", AlipayIserviceCcmServicerecordCreateRequest, AlipayIserviceCcmServicerecordCreateResult, AlipayIserviceCcmServicerecordCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.servicerecord.create",
  'POST',
  () => ({ acid: 0, aid: 0, ani: 0, asid: 0, category_list: [ServiceRecordCatRequestShape], chat_begin_time: 0, chat_end_time: 0, city: 0, creator_id: 0, discon_symbol: 0, dnis: 0, file_size: 1, gmt_create: 0, gmt_modified: 0, memo: 0, modifier_id: 0, outbound_task_id: 0, satisfaction: 0, satisfaction_memo: 0, service_source: 0, service_time: 1, skillgroup_id: 0, skillgroup_name: 0, tnt_inst_id: 0, user_id: 0, verify_result: 0 }),
  () => ({ service_record_id: 0 }),
);
