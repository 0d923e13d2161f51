// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ButtonObject, ButtonObjectShape } from '../models/ButtonObject.ts';
import { type QueryLabelRule, QueryLabelRuleShape } from '../models/QueryLabelRule.ts';

/**
 * The request of `alipay.open.public.menu.batchquery` (POST /v3/alipay/open/public/menu/batchquery: no fields).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicMenuBatchqueryRequest = {};
 * ```
 */
export type AlipayOpenPublicMenuBatchqueryRequest = Record<string, never>;

/**
 * The result of `alipay.open.public.menu.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicMenuBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenPublicMenuBatchqueryResult {
  count?: string;
  menus?: QueryMenu[];
}

/**
 * The error codes of `alipay.open.public.menu.batchquery` from its error model (it lists none): an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * type Codes = AlipayOpenPublicMenuBatchqueryErrorCode; // never: none listed
 * ```
 */
export type AlipayOpenPublicMenuBatchqueryErrorCode = never;

/**
 * `QueryMenu`, a model of Alipay's v3 description (in `alipay.open.public.menu.batchquery`).
 *
 * @example
 * ```ts
 * const value: QueryMenu = { menu_key: '…', type: '…' };
 * ```
 */
export interface QueryMenu {
  button?: ButtonObject[];
  label_rule?: QueryLabelRule[];
  menu_key?: string;
  type?: string;
}
const QueryMenuShape = (): object => ({ button: [ButtonObjectShape], label_rule: [QueryLabelRuleShape], menu_key: 0, type: 0 });

/**
 * `alipay.open.public.menu.batchquery`: POST /v3/alipay/open/public/menu/batchquery over v3 (no fields); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicMenuBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicMenuBatchquery, {});
 * ```
 */
export const alipayOpenPublicMenuBatchquery: ApiDefinition<"alipay.open.public.menu.batchquery", AlipayOpenPublicMenuBatchqueryRequest, AlipayOpenPublicMenuBatchqueryResult, AlipayOpenPublicMenuBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.menu.batchquery",
  { verb: 'POST', body: 'none' },
  () => ({}),
  () => ({ count: 0, menus: [QueryMenuShape] }),
);
