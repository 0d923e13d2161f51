// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.app.api.field.query` (GET /v3/alipay/open/app/api/field/query: no fields).
 *
 * @example
 * ```ts
 * const request: AlipayOpenAppApiFieldQueryRequest = {};
 * ```
 */
export type AlipayOpenAppApiFieldQueryRequest = Record<string, never>;

/**
 * The result of `alipay.open.app.api.field.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenAppApiFieldQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenAppApiFieldQueryResult {
  auth_field_response?: AuthFieldResponse;
}

/**
 * The error codes of `alipay.open.app.api.field.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenAppApiFieldQueryErrorCode = "INVALID_PARAM";
 * ```
 */
export type AlipayOpenAppApiFieldQueryErrorCode = "INVALID_PARAM" | "SYSTEM_ERROR";

/**
 * `AuthFieldDTO`, a model of Alipay's v3 description (in `alipay.open.app.api.field.query`).
 *
 * @example
 * ```ts
 * const value: AuthFieldDTO = { api_name: '…', field_name: '…' };
 * ```
 */
export interface AuthFieldDTO {
  api_name?: string;
  field_name?: string;
  package_code?: string;
  reason?: string;
  status?: string;
  user_app_id?: string;
}
const AuthFieldDTOShape = (): object => ({ api_name: 0, field_name: 0, package_code: 0, reason: 0, status: 0, user_app_id: 0 });

/**
 * `AuthFieldResponse`, a model of Alipay's v3 description (in `alipay.open.app.api.field.query`).
 *
 * @example
 * ```ts
 * const value: AuthFieldResponse = {};
 * ```
 */
export interface AuthFieldResponse {
  records?: AuthFieldDTO[];
}
const AuthFieldResponseShape = (): object => ({ records: [AuthFieldDTOShape] });

/**
 * `alipay.open.app.api.field.query`: GET /v3/alipay/open/app/api/field/query over v3 (no fields); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenAppApiFieldQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenAppApiFieldQuery, {});
 * ```
 */
export const alipayOpenAppApiFieldQuery: ApiDefinition<"alipay.open.app.api.field.query", AlipayOpenAppApiFieldQueryRequest, AlipayOpenAppApiFieldQueryResult, AlipayOpenAppApiFieldQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.app.api.field.query",
  'GET',
  () => ({}),
  () => ({ auth_field_response: AuthFieldResponseShape }),
);
