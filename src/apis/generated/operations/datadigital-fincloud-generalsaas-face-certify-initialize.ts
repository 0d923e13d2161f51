// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `datadigital.fincloud.generalsaas.face.certify.initialize` (POST /v3/datadigital/fincloud/generalsaas/face/certify/initialize: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: DatadigitalFincloudGeneralsaasFaceCertifyInitializeRequest = { biz_code: '…', face_contrast_picture: '…' };
 * ```
 */
export interface DatadigitalFincloudGeneralsaasFaceCertifyInitializeRequest {
  biz_code?: string;
  face_contrast_picture?: string;
  identity_param?: OpenCertifyIdentifyInfo;
  merchant_config?: OpenCertifyMerchantConfigs;
  outer_order_no?: string;
}

/**
 * The result of `datadigital.fincloud.generalsaas.face.certify.initialize`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: DatadigitalFincloudGeneralsaasFaceCertifyInitializeResult) {
 *   return result;
 * }
 * ```
 */
export interface DatadigitalFincloudGeneralsaasFaceCertifyInitializeResult {
  certify_id?: string;
}

/**
 * The error codes of `datadigital.fincloud.generalsaas.face.certify.initialize` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: DatadigitalFincloudGeneralsaasFaceCertifyInitializeErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type DatadigitalFincloudGeneralsaasFaceCertifyInitializeErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "ARRANGEMENT_STATUS_ERROR" | "ACCOUNT_MONEY_LIMIT_ERROR" | "INVALID_SWITCH";

/**
 * `OpenCertifyIdentifyInfo`, a model of Alipay's v3 description (in `datadigital.fincloud.generalsaas.face.certify.initialize`).
 *
 * @example
 * ```ts
 * const value: OpenCertifyIdentifyInfo = { cert_name: '…', cert_no: '…' };
 * ```
 */
export interface OpenCertifyIdentifyInfo {
  cert_name?: string;
  cert_no?: string;
  cert_type?: string;
  identity_type?: string;
  phone_no?: string;
}
const OpenCertifyIdentifyInfoShape = (): object => ({ cert_name: 0, cert_no: 0, cert_type: 0, identity_type: 0, phone_no: 0 });

/**
 * `OpenCertifyMerchantConfigs`, a model of Alipay's v3 description (in `datadigital.fincloud.generalsaas.face.certify.initialize`).
 *
 * @example
 * ```ts
 * const value: OpenCertifyMerchantConfigs = { face_reserve_strategy: '…', return_url: '…' };
 * ```
 */
export interface OpenCertifyMerchantConfigs {
  face_reserve_strategy?: string;
  return_url?: string;
}
const OpenCertifyMerchantConfigsShape = (): object => ({ face_reserve_strategy: 0, return_url: 0 });

/**
 * `datadigital.fincloud.generalsaas.face.certify.initialize`: POST /v3/datadigital/fincloud/generalsaas/face/certify/initialize over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { datadigitalFincloudGeneralsaasFaceCertifyInitialize } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(datadigitalFincloudGeneralsaasFaceCertifyInitialize, { biz_code: '…', face_contrast_picture: '…' });
 * ```
 */
export const datadigitalFincloudGeneralsaasFaceCertifyInitialize: ApiDefinition<"datadigital.fincloud.generalsaas.face.certify.initialize", DatadigitalFincloudGeneralsaasFaceCertifyInitializeRequest, DatadigitalFincloudGeneralsaasFaceCertifyInitializeResult, DatadigitalFincloudGeneralsaasFaceCertifyInitializeErrorCode> = /* @__PURE__ */ operation(
  "datadigital.fincloud.generalsaas.face.certify.initialize",
  'POST',
  () => ({ biz_code: 0, face_contrast_picture: 0, identity_param: OpenCertifyIdentifyInfoShape, merchant_config: OpenCertifyMerchantConfigsShape, outer_order_no: 0 }),
  () => ({ certify_id: 0 }),
);
