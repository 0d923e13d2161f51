// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ExtensionArea, ExtensionAreaShape } from '../models/ExtensionArea.ts';
import { type QueryLabelRule, QueryLabelRuleShape } from '../models/QueryLabelRule.ts';

/**
 * The request of `alipay.open.public.personalized.extension.batchquery` (POST /v3/alipay/open/public/personalized/extension/batchquery: no fields).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicPersonalizedExtensionBatchqueryRequest = {};
 * ```
 */
export type AlipayOpenPublicPersonalizedExtensionBatchqueryRequest = Record<string, never>;

/**
 * The result of `alipay.open.public.personalized.extension.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicPersonalizedExtensionBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenPublicPersonalizedExtensionBatchqueryResult {
  count?: number;
  extensions?: QueryExtension[];
}

/**
 * The error codes of `alipay.open.public.personalized.extension.batchquery` from its error model (it lists none): an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * type Codes = AlipayOpenPublicPersonalizedExtensionBatchqueryErrorCode; // never: none listed
 * ```
 */
export type AlipayOpenPublicPersonalizedExtensionBatchqueryErrorCode = never;

/**
 * `QueryExtension`, a model of Alipay's v3 description (in `alipay.open.public.personalized.extension.batchquery`).
 *
 * @example
 * ```ts
 * const value: QueryExtension = { extension_key: '…', status: '…' };
 * ```
 */
export interface QueryExtension {
  areas?: ExtensionArea[];
  extension_key?: string;
  label_rules?: QueryLabelRule[];
  status?: string;
}
const QueryExtensionShape = (): object => ({ areas: [ExtensionAreaShape], extension_key: 0, label_rules: [QueryLabelRuleShape], status: 0 });

/**
 * `alipay.open.public.personalized.extension.batchquery`: POST /v3/alipay/open/public/personalized/extension/batchquery over v3 (no fields); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicPersonalizedExtensionBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicPersonalizedExtensionBatchquery, {});
 * ```
 */
export const alipayOpenPublicPersonalizedExtensionBatchquery: ApiDefinition<"alipay.open.public.personalized.extension.batchquery", AlipayOpenPublicPersonalizedExtensionBatchqueryRequest, AlipayOpenPublicPersonalizedExtensionBatchqueryResult, AlipayOpenPublicPersonalizedExtensionBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.personalized.extension.batchquery",
  { verb: 'POST', body: 'none' },
  () => ({}),
  () => ({ count: 1, extensions: [QueryExtensionShape] }),
);
