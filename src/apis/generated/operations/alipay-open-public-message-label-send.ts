// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type Article, ArticleShape } from '../models/Article.ts';
import { type Text, TextShape } from '../models/Text.ts';

/**
 * The request of `alipay.open.public.message.label.send` (POST /v3/alipay/open/public/message/label/send: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicMessageLabelSendRequest = {};
 * ```
 */
export interface AlipayOpenPublicMessageLabelSendRequest {
  filter?: Filter;
  material?: Material;
}

/**
 * The result of `alipay.open.public.message.label.send`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicMessageLabelSendResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenPublicMessageLabelSendResult = Record<string, never>;

/**
 * The error codes of `alipay.open.public.message.label.send` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicMessageLabelSendErrorCode = "ILLEGAL_BIZ_PARAMS";
 * ```
 */
export type AlipayOpenPublicMessageLabelSendErrorCode = "ILLEGAL_BIZ_PARAMS" | "LABEL_GROUP_FILTER_EMPTY" | "LABEL_GROUP_LABEL_OVER_LIMIT" | "LABEL_GROUP_KEY_EMPTY" | "LABEL_GROUP_ITEM_EMPTY" | "LABEL_GROUP_VALUES_EMPTY" | "LABEL_GROUP_TPL_EMPTY" | "LABEL_GROUP_NO_CONDITION" | "LABEL_GROUP_VALUE_NOT_NUMBER" | "LABEL_GROUP_LABEL_NOT_EXISTS" | "MSG_TYPE_ILLEGAL" | "OPEN_ID_IS_ILLEGAL" | "SYSTEM_ERROR";

/**
 * `Filter`, a model of Alipay's v3 description (in `alipay.open.public.message.label.send`).
 *
 * @example
 * ```ts
 * const value: Filter = { template: '…' };
 * ```
 */
export interface Filter {
  context?: LabelContext;
  template?: string;
}
const FilterShape = (): object => ({ context: LabelContextShape, template: 0 });

/**
 * `LabelContext`, a model of Alipay's v3 description (in `alipay.open.public.message.label.send`).
 *
 * @example
 * ```ts
 * const value: LabelContext = {};
 * ```
 */
export interface LabelContext {
  a?: LabelFilter;
}
const LabelContextShape = (): object => ({ a: LabelFilterShape });

/**
 * `LabelFilter`, a model of Alipay's v3 description (in `alipay.open.public.message.label.send`).
 *
 * @example
 * ```ts
 * const value: LabelFilter = { column_name: '…', op: '…' };
 * ```
 */
export interface LabelFilter {
  column_name?: string;
  op?: string;
  values?: string[];
}
const LabelFilterShape = (): object => ({ column_name: 0, op: 0, values: [0] });

/**
 * `Material`, a model of Alipay's v3 description (in `alipay.open.public.message.label.send`).
 *
 * @example
 * ```ts
 * const value: Material = { msg_type: '…' };
 * ```
 */
export interface Material {
  articles?: Article[];
  msg_type?: string;
  text?: Text;
}
const MaterialShape = (): object => ({ articles: [ArticleShape], msg_type: 0, text: TextShape });

/**
 * `alipay.open.public.message.label.send`: POST /v3/alipay/open/public/message/label/send over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicMessageLabelSend } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicMessageLabelSend, {});
 * ```
 */
export const alipayOpenPublicMessageLabelSend: ApiDefinition<"alipay.open.public.message.label.send", AlipayOpenPublicMessageLabelSendRequest, AlipayOpenPublicMessageLabelSendResult, AlipayOpenPublicMessageLabelSendErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.message.label.send",
  'POST',
  () => ({ filter: FilterShape, material: MaterialShape }),
  () => ({}),
);
