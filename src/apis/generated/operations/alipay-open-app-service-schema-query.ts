// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.app.service.schema.query` (GET /v3/alipay/open/app/service/schema/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenAppServiceSchemaQueryRequest = { category_id: "c11111", template_type: "DEFAULT" };
 * ```
 */
export interface AlipayOpenAppServiceSchemaQueryRequest {
  /** A query parameter (v3). */
  category_id?: string;
  /** A query parameter (v3). */
  template_type?: string;
}

/**
 * The result of `alipay.open.app.service.schema.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenAppServiceSchemaQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenAppServiceSchemaQueryResult {
  category_id?: string;
  schema_version?: string;
  schema_xml?: string;
  template_type?: string;
  user_service_delivery_type?: string;
}

/**
 * The error codes of `alipay.open.app.service.schema.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenAppServiceSchemaQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenAppServiceSchemaQueryErrorCode = "SYSTEM_ERROR" | "SERVICE_SCHEMA_NOT_EXIST" | "INVALID_PARAMETER";

/**
 * `alipay.open.app.service.schema.query`: GET /v3/alipay/open/app/service/schema/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenAppServiceSchemaQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenAppServiceSchemaQuery, { category_id: "c11111", template_type: "DEFAULT" });
 * ```
 */
export const alipayOpenAppServiceSchemaQuery: ApiDefinition<"alipay.open.app.service.schema.query", AlipayOpenAppServiceSchemaQueryRequest, AlipayOpenAppServiceSchemaQueryResult, AlipayOpenAppServiceSchemaQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.app.service.schema.query",
  { verb: 'GET', query: ["category_id", "template_type"] },
  () => ({ category_id: 0, template_type: 0 }),
  () => ({ category_id: 0, schema_version: 0, schema_xml: 0, template_type: 0, user_service_delivery_type: 0 }),
);
