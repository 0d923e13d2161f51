// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.agent.create` (POST /v3/alipay/open/agent/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenAgentCreateRequest = { account: '…', order_ticket: '…' };
 * ```
 */
export interface AlipayOpenAgentCreateRequest {
  account?: string;
  contact_info?: ContactModel;
  order_ticket?: string;
  sign_mode?: string;
}

/**
 * The result of `alipay.open.agent.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenAgentCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenAgentCreateResult {
  batch_no?: string;
  batch_status?: string;
}

/**
 * The error codes of `alipay.open.agent.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenAgentCreateErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayOpenAgentCreateErrorCode = "INVALID_PARAMETER" | "APP_INFO_NOT_EXIST" | "NOT_ISV_APP_TYPE" | "MERCHANT_IS_NOT_EXIST" | "MERCHANT_NOT_ACTIVED" | "MERCHANT_CAN_NOT_LOGON" | "MERCHANT_NOT_ENABLED" | "MERCHANT_NOT_CERTIFIED" | "INVALID_CONTACT_NAME" | "INVALID_CONTACT_MOBILE" | "INVALID_CONTACT_EMAIL" | "SYSTEM_ERROR" | "PRE_AUTH_TICKET_NOT_EXIST" | "PRE_AUTH_INVALID_AUTH_TICKET" | "PRE_AUTH_INVALID_AUTH_TOKEN" | "PRE_AUTH_INVOKE_API_NOT_PERMITTE" | "PRE_AUTH_INVALID_AUTH_APP_ID" | "PRE_AUTH_INVALID_AUTH_USER_ID" | "UNKNOWN_EXCEPTION";

/**
 * `ContactModel`, a model of Alipay's v3 description (in `alipay.open.agent.create`).
 *
 * @example
 * ```ts
 * const value: ContactModel = { contact_email: '…', contact_mobile: '…' };
 * ```
 */
export interface ContactModel {
  contact_email?: string;
  contact_mobile?: string;
  contact_name?: string;
}
const ContactModelShape = (): object => ({ contact_email: 0, contact_mobile: 0, contact_name: 0 });

/**
 * `alipay.open.agent.create`: POST /v3/alipay/open/agent/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenAgentCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenAgentCreate, { account: '…', order_ticket: '…' });
 * ```
 */
export const alipayOpenAgentCreate: ApiDefinition<"alipay.open.agent.create", AlipayOpenAgentCreateRequest, AlipayOpenAgentCreateResult, AlipayOpenAgentCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.agent.create",
  'POST',
  () => ({ account: 0, contact_info: ContactModelShape, order_ticket: 0, sign_mode: 0 }),
  () => ({ batch_no: 0, batch_status: 0 }),
);
