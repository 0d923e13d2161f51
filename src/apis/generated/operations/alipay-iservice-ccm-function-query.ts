// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.iservice.ccm.function.query` (GET /v3/alipay/iservice/ccm/function/query: no fields).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmFunctionQueryRequest = {};
 * ```
 */
export type AlipayIserviceCcmFunctionQueryRequest = Record<string, never>;

/**
 * The result of `alipay.iservice.ccm.function.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmFunctionQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayIserviceCcmFunctionQueryResult {
  functions?: Function[];
}

/**
 * The error codes of `alipay.iservice.ccm.function.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmFunctionQueryErrorCode = "INTERNAL_ERROR";
 * ```
 */
export type AlipayIserviceCcmFunctionQueryErrorCode = "INTERNAL_ERROR" | "TENENT_NOT_FOUND";

/**
 * `Function`, a model of Alipay's v3 description (in `alipay.iservice.ccm.function.query`).
 *
 * @example
 * ```ts
 * const value: Function = { id: '…', name: '…' };
 * ```
 */
export interface Function {
  id?: string;
  name?: string;
}
const FunctionShape = (): object => ({ id: 0, name: 0 });

/**
 * `alipay.iservice.ccm.function.query`: GET /v3/alipay/iservice/ccm/function/query over v3 (no fields); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmFunctionQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmFunctionQuery, {});
 * ```
 */
export const alipayIserviceCcmFunctionQuery: ApiDefinition<"alipay.iservice.ccm.function.query", AlipayIserviceCcmFunctionQueryRequest, AlipayIserviceCcmFunctionQueryResult, AlipayIserviceCcmFunctionQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.function.query",
  'GET',
  () => ({}),
  () => ({ functions: [FunctionShape] }),
);
