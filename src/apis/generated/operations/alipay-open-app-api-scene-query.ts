// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.app.api.scene.query` (GET /v3/alipay/open/app/api/scene/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenAppApiSceneQueryRequest = { field_name: "mobile", api_name: "alipay.user.info.share" };
 * ```
 */
export interface AlipayOpenAppApiSceneQueryRequest {
  /** A query parameter (v3). */
  field_name?: string;
  /** A query parameter (v3). */
  api_name?: string;
}

/**
 * The result of `alipay.open.app.api.scene.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenAppApiSceneQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenAppApiSceneQueryResult {
  auth_field_scene?: AuthFieldSceneDTO[];
}

/**
 * The error codes of `alipay.open.app.api.scene.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenAppApiSceneQueryErrorCode = "INVALID_PARAM";
 * ```
 */
export type AlipayOpenAppApiSceneQueryErrorCode = "INVALID_PARAM" | "SYSTEM_ERROR" | "NO_PERMISSION" | "AUTH_FIELD_SCENE_IS_BLANK" | "API_NAME_NO_NEED_APPLY";

/**
 * `AuthFieldSceneDTO`, a model of Alipay's v3 description (in `alipay.open.app.api.scene.query`).
 *
 * @example
 * ```ts
 * const value: AuthFieldSceneDTO = { scene_code: '…', scene_desc: '…' };
 * ```
 */
export interface AuthFieldSceneDTO {
  scene_code?: string;
  scene_desc?: string;
}
const AuthFieldSceneDTOShape = (): object => ({ scene_code: 0, scene_desc: 0 });

/**
 * `alipay.open.app.api.scene.query`: GET /v3/alipay/open/app/api/scene/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenAppApiSceneQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenAppApiSceneQuery, { field_name: "mobile", api_name: "alipay.user.info.share" });
 * ```
 */
export const alipayOpenAppApiSceneQuery: ApiDefinition<"alipay.open.app.api.scene.query", AlipayOpenAppApiSceneQueryRequest, AlipayOpenAppApiSceneQueryResult, AlipayOpenAppApiSceneQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.app.api.scene.query",
  { verb: 'GET', query: ["field_name", "api_name"] },
  () => ({ field_name: 0, api_name: 0 }),
  () => ({ auth_field_scene: [AuthFieldSceneDTOShape] }),
);
