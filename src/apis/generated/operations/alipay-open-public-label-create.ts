// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.public.label.create` (POST /v3/alipay/open/public/label/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicLabelCreateRequest = { name: '…' };
 * ```
 */
export interface AlipayOpenPublicLabelCreateRequest {
  name?: string;
}

/**
 * The result of `alipay.open.public.label.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicLabelCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenPublicLabelCreateResult {
  id?: number;
  name?: string;
}

/**
 * The error codes of `alipay.open.public.label.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicLabelCreateErrorCode = "ILLEGAL_BIZ_PARAMS";
 * ```
 */
export type AlipayOpenPublicLabelCreateErrorCode = "ILLEGAL_BIZ_PARAMS" | "PUBLIC_ID_IS_EMPTY" | "LABEL_NAME_IS_EMPTY" | "LABEL_NAME_HAS_SPACE" | "LABEL_NAME_HAS_COMMA" | "LABEL_NAME_TOO_LONG" | "LABEL_NAME_ALREADY_EXISTS" | "LABEL_COUNT_LIMIT" | "SYSTEM_ERROR";

/**
 * `alipay.open.public.label.create`: POST /v3/alipay/open/public/label/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicLabelCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicLabelCreate, { name: '…' });
 * ```
 */
export const alipayOpenPublicLabelCreate: ApiDefinition<"alipay.open.public.label.create", AlipayOpenPublicLabelCreateRequest, AlipayOpenPublicLabelCreateResult, AlipayOpenPublicLabelCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.label.create",
  'POST',
  () => ({ name: 0 }),
  () => ({ id: 1, name: 0 }),
);
