// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.public.info.query` (GET /v3/alipay/open/public/info/query: no fields).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicInfoQueryRequest = {};
 * ```
 */
export type AlipayOpenPublicInfoQueryRequest = Record<string, never>;

/**
 * The result of `alipay.open.public.info.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicInfoQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenPublicInfoQueryResult {
  app_name?: string;
  audit_desc?: string;
  audit_status?: string;
  audit_status_list?: PublicAuditStatus[];
  background_url?: string;
  introduction?: string;
  is_online?: string;
  is_release?: string;
  logo_url?: string;
  mcc_code_desc?: string;
  public_greeting?: string;
}

/**
 * The error codes of `alipay.open.public.info.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicInfoQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenPublicInfoQueryErrorCode = "SYSTEM_ERROR" | "APP_NOT_PUBLICAPP";

/**
 * `PublicAuditStatus`, a model of Alipay's v3 description (in `alipay.open.public.info.query`).
 *
 * @example
 * ```ts
 * const value: PublicAuditStatus = { desc: '…', status: '…' };
 * ```
 */
export interface PublicAuditStatus {
  desc?: string;
  status?: string;
  type?: string;
}
const PublicAuditStatusShape = (): object => ({ desc: 0, status: 0, type: 0 });

/**
 * `alipay.open.public.info.query`: GET /v3/alipay/open/public/info/query over v3 (no fields); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicInfoQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicInfoQuery, {});
 * ```
 */
export const alipayOpenPublicInfoQuery: ApiDefinition<"alipay.open.public.info.query", AlipayOpenPublicInfoQueryRequest, AlipayOpenPublicInfoQueryResult, AlipayOpenPublicInfoQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.info.query",
  'GET',
  () => ({}),
  () => ({ app_name: 0, audit_desc: 0, audit_status: 0, audit_status_list: [PublicAuditStatusShape], background_url: 0, introduction: 0, is_online: 0, is_release: 0, logo_url: 0, mcc_code_desc: 0, public_greeting: 0 }),
);
