// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.iservice.ccm.ols.chatrecord.query` (GET /v3/alipay/iservice/ccm/ols/chatrecord/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmOlsChatrecordQueryRequest = { ccs_instance_id: "ZPSDWACN", id: "201909021113010100000001922200" };
 * ```
 */
export interface AlipayIserviceCcmOlsChatrecordQueryRequest {
  /** A query parameter (v3). */
  ccs_instance_id?: string;
  /** A query parameter (v3). */
  id?: string;
}

/**
 * The result of `alipay.iservice.ccm.ols.chatrecord.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmOlsChatrecordQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayIserviceCcmOlsChatrecordQueryResult {
  agent_id?: string;
  agent_name?: string;
  categories?: string;
  group_id?: string;
  group_name?: string;
  memo?: string;
  messages?: ChatMessage[];
  satisfaction?: string;
  status?: string;
  talk_duration?: number;
  visitor_province?: string;
}

/**
 * The error codes of `alipay.iservice.ccm.ols.chatrecord.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmOlsChatrecordQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayIserviceCcmOlsChatrecordQueryErrorCode = "INVALID_PARAMETER" | "BIZ_ERROR";

/**
 * `ChatMessage`, a model of Alipay's v3 description (in `alipay.iservice.ccm.ols.chatrecord.query`).
 *
 * @example
 * ```ts
 * const value: ChatMessage = { message_content: '…', message_type: '…' };
 * ```
 */
export interface ChatMessage {
  message_content?: string;
  message_type?: string;
  send_time?: string;
  user_name?: string;
  user_type?: string;
}
const ChatMessageShape = (): object => ({ message_content: 0, message_type: 0, send_time: 0, user_name: 0, user_type: 0 });

/**
 * `alipay.iservice.ccm.ols.chatrecord.query`: GET /v3/alipay/iservice/ccm/ols/chatrecord/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmOlsChatrecordQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmOlsChatrecordQuery, { ccs_instance_id: "ZPSDWACN", id: "201909021113010100000001922200" });
 * ```
 */
export const alipayIserviceCcmOlsChatrecordQuery: ApiDefinition<"alipay.iservice.ccm.ols.chatrecord.query", AlipayIserviceCcmOlsChatrecordQueryRequest, AlipayIserviceCcmOlsChatrecordQueryResult, AlipayIserviceCcmOlsChatrecordQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.ols.chatrecord.query",
  { verb: 'GET', query: ["ccs_instance_id", "id"] },
  () => ({ ccs_instance_id: 0, id: 0 }),
  () => ({ agent_id: 0, agent_name: 0, categories: 0, group_id: 0, group_name: 0, memo: 0, messages: [ChatMessageShape], satisfaction: 0, status: 0, talk_duration: 1, visitor_province: 0 }),
);
