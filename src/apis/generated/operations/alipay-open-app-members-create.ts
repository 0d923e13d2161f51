// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.app.members.create` (POST /v3/alipay/open/app/members/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenAppMembersCreateRequest = { logon_id: '…', role: '…' };
 * ```
 */
export interface AlipayOpenAppMembersCreateRequest {
  logon_id?: string;
  role?: string;
}

/**
 * The result of `alipay.open.app.members.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenAppMembersCreateResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenAppMembersCreateResult = Record<string, never>;

/**
 * The error codes of `alipay.open.app.members.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenAppMembersCreateErrorCode = "INVALID_LOGON_ID";
 * ```
 */
export type AlipayOpenAppMembersCreateErrorCode = "INVALID_LOGON_ID" | "INVALID_ROLE" | "USER_INFO_NOT_EXIST" | "APPLICATION_TYPE_NOT_MINIAPP" | "CANNOT_INVITE_MANAGER" | "EXPERIENCER_ALREADY_REFUSED" | "EXPERIENCER_ALREADY_EXIST" | "DEVELOPER_ALREADY_REFUSED" | "DEVELOPER_ALREADY_EXSIT" | "DEV_MANAGER_ALREADY_EXIST" | "ROLE_OVER_LIMIT" | "SYSTEM_ERROR" | "SYSTEM_EXCEPTION";

/**
 * `alipay.open.app.members.create`: POST /v3/alipay/open/app/members/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenAppMembersCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenAppMembersCreate, { logon_id: '…', role: '…' });
 * ```
 */
export const alipayOpenAppMembersCreate: ApiDefinition<"alipay.open.app.members.create", AlipayOpenAppMembersCreateRequest, AlipayOpenAppMembersCreateResult, AlipayOpenAppMembersCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.app.members.create",
  'POST',
  () => ({ logon_id: 0, role: 0 }),
  () => ({}),
);
