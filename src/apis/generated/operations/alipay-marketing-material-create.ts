// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.marketing.material.create` (POST /v3/alipay/marketing/material/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingMaterialCreateRequest = { material_name: '…', material_spec_id: '…' };
 * ```
 */
export interface AlipayMarketingMaterialCreateRequest {
  material_fields?: MaterialField[];
  material_name?: string;
  material_spec_id?: string;
  out_biz_no?: string;
}

/**
 * The result of `alipay.marketing.material.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingMaterialCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingMaterialCreateResult {
  material_id?: string;
}

/**
 * The error codes of `alipay.marketing.material.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingMaterialCreateErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayMarketingMaterialCreateErrorCode = "SYSTEM_ERROR" | "MATERIALSPECID_NOT_EXIST" | "INVALID_PARAMETER" | "MATERIALSPEC_CHECK_FAILED";

/**
 * `MaterialField`, a model of Alipay's v3 description (in `alipay.marketing.material.create`).
 *
 * @example
 * ```ts
 * const value: MaterialField = { field_name: '…' };
 * ```
 */
export interface MaterialField {
  field_name?: string;
  field_value?: string[];
}
const MaterialFieldShape = (): object => ({ field_name: 0, field_value: [0] });

/**
 * `alipay.marketing.material.create`: POST /v3/alipay/marketing/material/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingMaterialCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingMaterialCreate, { material_name: '…', material_spec_id: '…' });
 * ```
 */
export const alipayMarketingMaterialCreate: ApiDefinition<"alipay.marketing.material.create", AlipayMarketingMaterialCreateRequest, AlipayMarketingMaterialCreateResult, AlipayMarketingMaterialCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.material.create",
  'POST',
  () => ({ material_fields: [MaterialFieldShape], material_name: 0, material_spec_id: 0, out_biz_no: 0 }),
  () => ({ material_id: 0 }),
);
