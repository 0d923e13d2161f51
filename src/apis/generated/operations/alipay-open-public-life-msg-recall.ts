// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.public.life.msg.recall` (POST /v3/alipay/open/public/life/msg/recall: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicLifeMsgRecallRequest = { message_id: '…' };
 * ```
 */
export interface AlipayOpenPublicLifeMsgRecallRequest {
  message_id?: string;
}

/**
 * The result of `alipay.open.public.life.msg.recall`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicLifeMsgRecallResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenPublicLifeMsgRecallResult = Record<string, never>;

/**
 * The error codes of `alipay.open.public.life.msg.recall` from its error model (it lists none): an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * type Codes = AlipayOpenPublicLifeMsgRecallErrorCode; // never: none listed
 * ```
 */
export type AlipayOpenPublicLifeMsgRecallErrorCode = never;

/**
 * `alipay.open.public.life.msg.recall`: POST /v3/alipay/open/public/life/msg/recall over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicLifeMsgRecall } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicLifeMsgRecall, { message_id: '…' });
 * ```
 */
export const alipayOpenPublicLifeMsgRecall: ApiDefinition<"alipay.open.public.life.msg.recall", AlipayOpenPublicLifeMsgRecallRequest, AlipayOpenPublicLifeMsgRecallResult, AlipayOpenPublicLifeMsgRecallErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.life.msg.recall",
  'POST',
  () => ({ message_id: 0 }),
  () => ({}),
);
