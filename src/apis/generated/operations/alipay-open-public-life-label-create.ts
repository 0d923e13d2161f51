// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.public.life.label.create` (POST /v3/alipay/open/public/life/label/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicLifeLabelCreateRequest = { data_type: '…', label_name: '…' };
 * ```
 */
export interface AlipayOpenPublicLifeLabelCreateRequest {
  data_type?: string;
  label_name?: string;
}

/**
 * The result of `alipay.open.public.life.label.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicLifeLabelCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenPublicLifeLabelCreateResult {
  label_id?: string;
}

/**
 * The error codes of `alipay.open.public.life.label.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicLifeLabelCreateErrorCode = "ILLEGAL_BIZ_PARAMS";
 * ```
 */
export type AlipayOpenPublicLifeLabelCreateErrorCode = "ILLEGAL_BIZ_PARAMS" | "ADD_LABEL_NAME_IS_EMPTY" | "LABEL_NAME_HAS_SPACE" | "LABEL_NAME_HAS_COMMA" | "LABEL_NAME_TOO_LONG" | "DATA_TYPE_INVALID" | "LABEL_NAME_ALREADY_EXISTS" | "LABEL_COUNT_LIMIT" | "SYSTEM_ERROR" | "APP_NO_AVAIABLE";

/**
 * `alipay.open.public.life.label.create`: POST /v3/alipay/open/public/life/label/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicLifeLabelCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicLifeLabelCreate, { data_type: '…', label_name: '…' });
 * ```
 */
export const alipayOpenPublicLifeLabelCreate: ApiDefinition<"alipay.open.public.life.label.create", AlipayOpenPublicLifeLabelCreateRequest, AlipayOpenPublicLifeLabelCreateResult, AlipayOpenPublicLifeLabelCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.life.label.create",
  'POST',
  () => ({ data_type: 0, label_name: 0 }),
  () => ({ label_id: 0 }),
);
