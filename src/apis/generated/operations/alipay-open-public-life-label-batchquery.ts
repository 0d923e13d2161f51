// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.public.life.label.batchquery` (POST /v3/alipay/open/public/life/label/batchquery: no fields).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicLifeLabelBatchqueryRequest = {};
 * ```
 */
export type AlipayOpenPublicLifeLabelBatchqueryRequest = Record<string, never>;

/**
 * The result of `alipay.open.public.life.label.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicLifeLabelBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenPublicLifeLabelBatchqueryResult {
  labels?: LifeLabel[];
}

/**
 * The error codes of `alipay.open.public.life.label.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicLifeLabelBatchqueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenPublicLifeLabelBatchqueryErrorCode = "SYSTEM_ERROR";

/**
 * `LifeLabel`, a model of Alipay's v3 description (in `alipay.open.public.life.label.batchquery`).
 *
 * @example
 * ```ts
 * const value: LifeLabel = { biz: '…', category: '…' };
 * ```
 */
export interface LifeLabel {
  biz?: string;
  category?: string;
  data_type?: string;
  label_code?: string;
  label_id?: string;
  label_name?: string;
  operator?: string;
  options?: Option[];
  type?: string;
}
const LifeLabelShape = (): object => ({ biz: 0, category: 0, data_type: 0, label_code: 0, label_id: 0, label_name: 0, operator: 0, options: [OptionShape], type: 0 });

/**
 * `Option`, a model of Alipay's v3 description (in `alipay.open.public.life.label.batchquery`).
 *
 * @example
 * ```ts
 * const value: Option = { text: '…', value: '…' };
 * ```
 */
export interface Option {
  text?: string;
  value?: string;
}
const OptionShape = (): object => ({ text: 0, value: 0 });

/**
 * `alipay.open.public.life.label.batchquery`: POST /v3/alipay/open/public/life/label/batchquery over v3 (no fields); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicLifeLabelBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicLifeLabelBatchquery, {});
 * ```
 */
export const alipayOpenPublicLifeLabelBatchquery: ApiDefinition<"alipay.open.public.life.label.batchquery", AlipayOpenPublicLifeLabelBatchqueryRequest, AlipayOpenPublicLifeLabelBatchqueryResult, AlipayOpenPublicLifeLabelBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.life.label.batchquery",
  { verb: 'POST', body: 'none' },
  () => ({}),
  () => ({ labels: [LifeLabelShape] }),
);
