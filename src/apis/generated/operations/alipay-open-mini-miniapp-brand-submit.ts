// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.miniapp.brand.submit` (POST /v3/alipay/open/mini/miniapp/brand/submit: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniMiniappBrandSubmitRequest = { apply_type: '…', brand_id: '…' };
 * ```
 */
export interface AlipayOpenMiniMiniappBrandSubmitRequest {
  apply_type?: string;
  authorize_info?: AuthorizeInfo;
  brand_id?: string;
  brand_name?: string;
  brand_registration_info?: BrandRegistrationInfo;
  id_materials?: string[];
}

/**
 * The result of `alipay.open.mini.miniapp.brand.submit`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniMiniappBrandSubmitResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenMiniMiniappBrandSubmitResult = Record<string, never>;

/**
 * The error codes of `alipay.open.mini.miniapp.brand.submit` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniMiniappBrandSubmitErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayOpenMiniMiniappBrandSubmitErrorCode = "INVALID_PARAMETER" | "BIZ_ERROR";

/**
 * `AuthorizeInfo`, a model of Alipay's v3 description (in `alipay.open.mini.miniapp.brand.submit`).
 *
 * @example
 * ```ts
 * const value: AuthorizeInfo = { auth_name: '…', end_date: '…' };
 * ```
 */
export interface AuthorizeInfo {
  auth_ids?: string[];
  auth_materials?: string[];
  auth_name?: string;
  end_date?: string;
  start_date?: string;
}
const AuthorizeInfoShape = (): object => ({ auth_ids: [0], auth_materials: [0], auth_name: 0, end_date: 0, start_date: 0 });

/**
 * `BrandRegistrationInfo`, a model of Alipay's v3 description (in `alipay.open.mini.miniapp.brand.submit`).
 *
 * @example
 * ```ts
 * const value: BrandRegistrationInfo = { end_date: '…', reg_number: '…' };
 * ```
 */
export interface BrandRegistrationInfo {
  end_date?: string;
  reg_materials?: string[];
  reg_number?: string;
  registrant?: string;
  start_date?: string;
}
const BrandRegistrationInfoShape = (): object => ({ end_date: 0, reg_materials: [0], reg_number: 0, registrant: 0, start_date: 0 });

/**
 * `alipay.open.mini.miniapp.brand.submit`: POST /v3/alipay/open/mini/miniapp/brand/submit over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniMiniappBrandSubmit } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniMiniappBrandSubmit, { apply_type: '…', brand_id: '…' });
 * ```
 */
export const alipayOpenMiniMiniappBrandSubmit: ApiDefinition<"alipay.open.mini.miniapp.brand.submit", AlipayOpenMiniMiniappBrandSubmitRequest, AlipayOpenMiniMiniappBrandSubmitResult, AlipayOpenMiniMiniappBrandSubmitErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.miniapp.brand.submit",
  'POST',
  () => ({ apply_type: 0, authorize_info: AuthorizeInfoShape, brand_id: 0, brand_name: 0, brand_registration_info: BrandRegistrationInfoShape, id_materials: [0] }),
  () => ({}),
);
