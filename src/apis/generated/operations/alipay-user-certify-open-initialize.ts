// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.user.certify.open.initialize` (POST /v3/alipay/user/certify/open/initialize: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayUserCertifyOpenInitializeRequest = { biz_code: '…', face_contrast_picture: '…' };
 * ```
 */
export interface AlipayUserCertifyOpenInitializeRequest {
  biz_code?: string;
  face_contrast_picture?: string;
  identity_param?: OpenCertifyIdentityParam;
  merchant_config?: OpenCertifyMerchantConfig;
  outer_order_no?: string;
}

/**
 * The result of `alipay.user.certify.open.initialize`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayUserCertifyOpenInitializeResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayUserCertifyOpenInitializeResult {
  certify_id?: string;
}

/**
 * The error codes of `alipay.user.certify.open.initialize` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayUserCertifyOpenInitializeErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayUserCertifyOpenInitializeErrorCode = "SYSTEM_ERROR" | "ILLEGAL_ARGUMENT_FORMAT" | "ARRANGEMENT_STATUS_ERROR" | "UNKNOWN_ERROR";

/**
 * `OpenCertifyIdentityParam`, a model of Alipay's v3 description (in `alipay.user.certify.open.initialize`).
 *
 * @example
 * ```ts
 * const value: OpenCertifyIdentityParam = { cert_digest: '…', cert_name: '…' };
 * ```
 */
export interface OpenCertifyIdentityParam {
  cert_digest?: string;
  cert_name?: string;
  cert_no?: string;
  cert_type?: string;
  facial_picture_front?: string;
  identity_type?: string;
  open_id?: string;
  phone_no?: string;
  user_id?: string;
}
const OpenCertifyIdentityParamShape = (): object => ({ cert_digest: 0, cert_name: 0, cert_no: 0, cert_type: 0, facial_picture_front: 0, identity_type: 0, open_id: 0, phone_no: 0, user_id: 0 });

/**
 * `OpenCertifyMerchantConfig`, a model of Alipay's v3 description (in `alipay.user.certify.open.initialize`).
 *
 * @example
 * ```ts
 * const value: OpenCertifyMerchantConfig = { auth_scope: '…', auth_type: '…' };
 * ```
 */
export interface OpenCertifyMerchantConfig {
  auth_scope?: string;
  auth_type?: string;
  face_reserve_strategy?: string;
  facial_picture_level?: string;
  linked_merchant_app_id?: string;
  linked_merchant_logo_url?: string;
  linked_merchant_name?: string;
  out_put_facial_picture?: boolean;
  return_url?: string;
}
const OpenCertifyMerchantConfigShape = (): object => ({ auth_scope: 0, auth_type: 0, face_reserve_strategy: 0, facial_picture_level: 0, linked_merchant_app_id: 0, linked_merchant_logo_url: 0, linked_merchant_name: 0, out_put_facial_picture: 2, return_url: 0 });

/**
 * `alipay.user.certify.open.initialize`: POST /v3/alipay/user/certify/open/initialize over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayUserCertifyOpenInitialize } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayUserCertifyOpenInitialize, { biz_code: '…', face_contrast_picture: '…' });
 * ```
 */
export const alipayUserCertifyOpenInitialize: ApiDefinition<"alipay.user.certify.open.initialize", AlipayUserCertifyOpenInitializeRequest, AlipayUserCertifyOpenInitializeResult, AlipayUserCertifyOpenInitializeErrorCode> = /* @__PURE__ */ operation(
  "alipay.user.certify.open.initialize",
  'POST',
  () => ({ biz_code: 0, face_contrast_picture: 0, identity_param: OpenCertifyIdentityParamShape, merchant_config: OpenCertifyMerchantConfigShape, outer_order_no: 0 }),
  () => ({ certify_id: 0 }),
);
