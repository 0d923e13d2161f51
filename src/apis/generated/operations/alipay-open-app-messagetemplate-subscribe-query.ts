// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.app.messagetemplate.subscribe.query` (POST /v3/alipay/open/app/messagetemplate/subscribe/query: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenAppMessagetemplateSubscribeQueryRequest = { open_id: '…', user_id: '…' };
 * ```
 */
export interface AlipayOpenAppMessagetemplateSubscribeQueryRequest {
  open_id?: string;
  template_id_list?: string[];
  user_id?: string;
}

/**
 * The result of `alipay.open.app.messagetemplate.subscribe.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenAppMessagetemplateSubscribeQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenAppMessagetemplateSubscribeQueryResult {
  show_component?: boolean;
  subscribe_relations?: SubscribeRelation[];
}

/**
 * The error codes of `alipay.open.app.messagetemplate.subscribe.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenAppMessagetemplateSubscribeQueryErrorCode = "MSG_TEMPLATE_INVALID";
 * ```
 */
export type AlipayOpenAppMessagetemplateSubscribeQueryErrorCode = "MSG_TEMPLATE_INVALID" | "OPENID_INVALID" | "ILLEGAL_ARGUMENT_PARAMS" | "SYSTEM_ERROR" | "SUBSCRIBE_TEMPLATE_OVER_LIMIT" | "MSG_TEMPLATE_NOT_EXIST" | "BIZ_CONTENT_IS_NULL";

/**
 * `SubscribeRelation`, a model of Alipay's v3 description (in `alipay.open.app.messagetemplate.subscribe.query`).
 *
 * @example
 * ```ts
 * const value: SubscribeRelation = { keep_state: '…', show: true };
 * ```
 */
export interface SubscribeRelation {
  keep_state?: string;
  show?: boolean;
  subscribe_state?: string;
  subscribe_type?: string;
  template_id?: string;
}
const SubscribeRelationShape = (): object => ({ keep_state: 0, show: 2, subscribe_state: 0, subscribe_type: 0, template_id: 0 });

/**
 * `alipay.open.app.messagetemplate.subscribe.query`: POST /v3/alipay/open/app/messagetemplate/subscribe/query over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenAppMessagetemplateSubscribeQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenAppMessagetemplateSubscribeQuery, { open_id: '…', user_id: '…' });
 * ```
 */
export const alipayOpenAppMessagetemplateSubscribeQuery: ApiDefinition<"alipay.open.app.messagetemplate.subscribe.query", AlipayOpenAppMessagetemplateSubscribeQueryRequest, AlipayOpenAppMessagetemplateSubscribeQueryResult, AlipayOpenAppMessagetemplateSubscribeQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.app.messagetemplate.subscribe.query",
  'POST',
  () => ({ open_id: 0, template_id_list: [0], user_id: 0 }),
  () => ({ show_component: 2, subscribe_relations: [SubscribeRelationShape] }),
);
