// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.app.api.query` (GET /v3/alipay/open/app/api/query: no fields).
 *
 * @example
 * ```ts
 * const request: AlipayOpenAppApiQueryRequest = {};
 * ```
 */
export type AlipayOpenAppApiQueryRequest = Record<string, never>;

/**
 * The result of `alipay.open.app.api.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenAppApiQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenAppApiQueryResult {
  apis?: AuthApiDTO[];
}

/**
 * The error codes of `alipay.open.app.api.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenAppApiQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayOpenAppApiQueryErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR";

/**
 * `AuthApiDTO`, a model of Alipay's v3 description (in `alipay.open.app.api.query`).
 *
 * @example
 * ```ts
 * const value: AuthApiDTO = { api_name: '…', field_name: '…' };
 * ```
 */
export interface AuthApiDTO {
  api_name?: string;
  field_name?: string;
  package_code?: string;
}
const AuthApiDTOShape = (): object => ({ api_name: 0, field_name: 0, package_code: 0 });

/**
 * `alipay.open.app.api.query`: GET /v3/alipay/open/app/api/query over v3 (no fields); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenAppApiQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenAppApiQuery, {});
 * ```
 */
export const alipayOpenAppApiQuery: ApiDefinition<"alipay.open.app.api.query", AlipayOpenAppApiQueryRequest, AlipayOpenAppApiQueryResult, AlipayOpenAppApiQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.app.api.query",
  'GET',
  () => ({}),
  () => ({ apis: [AuthApiDTOShape] }),
);
