// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { multipartShape } from '../../wire.ts';

/**
 * The request of `datadigital.fincloud.generalsaas.face.source.certify` (POST /v3/datadigital/fincloud/generalsaas/face/source/certify: multipart: a `data` part and file parts `file_content`).
 *
 * @example
 * ```ts
 * const request: DatadigitalFincloudGeneralsaasFaceSourceCertifyRequest = { cert_name: '…', cert_no: '…' };
 * ```
 */
export interface DatadigitalFincloudGeneralsaasFaceSourceCertifyRequest {
  cert_name?: string;
  cert_no?: string;
  cert_type?: string;
  liveness_strategy?: string;
  nation?: string;
  outer_biz_no?: string;
  phone?: string;
  reserved?: boolean;
  security_strategy?: string;
  /** A file part: bytes or a Blob (a File keeps its name). */
  file_content?: Blob | Uint8Array;
}

/**
 * The result of `datadigital.fincloud.generalsaas.face.source.certify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: DatadigitalFincloudGeneralsaasFaceSourceCertifyResult) {
 *   return result;
 * }
 * ```
 */
export interface DatadigitalFincloudGeneralsaasFaceSourceCertifyResult {
  certify_no?: string;
  mismatch_reason?: string;
  passed?: string;
  quality?: string;
  score?: string;
}

/**
 * The error codes of `datadigital.fincloud.generalsaas.face.source.certify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: DatadigitalFincloudGeneralsaasFaceSourceCertifyErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type DatadigitalFincloudGeneralsaasFaceSourceCertifyErrorCode = "SYSTEM_ERROR" | "ILLEGAL_ARGUMENT_FORMAT" | "UNKNOWN_ERROR" | "ACCOUNT_MONEY_LIMIT_ERROR" | "FILE_SIZE_TO_LARGE" | "INVALID_SWITCH";

/**
 * `datadigital.fincloud.generalsaas.face.source.certify`: POST /v3/datadigital/fincloud/generalsaas/face/source/certify over v3 (multipart: a `data` part and file parts `file_content`); over v2 the gateway's `biz_content` (a multipart upload: fields as parameters, files as parts).
 *
 * @example
 * ```ts
 * import { datadigitalFincloudGeneralsaasFaceSourceCertify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(datadigitalFincloudGeneralsaasFaceSourceCertify, { cert_name: '…', cert_no: '…' });
 * ```
 */
export const datadigitalFincloudGeneralsaasFaceSourceCertify: ApiDefinition<"datadigital.fincloud.generalsaas.face.source.certify", DatadigitalFincloudGeneralsaasFaceSourceCertifyRequest, DatadigitalFincloudGeneralsaasFaceSourceCertifyResult, DatadigitalFincloudGeneralsaasFaceSourceCertifyErrorCode> = /* @__PURE__ */ operation(
  "datadigital.fincloud.generalsaas.face.source.certify",
  { verb: 'POST', body: 'multipart', files: ["file_content"], data: true },
  () => ({ cert_name: 0, cert_no: 0, cert_type: 0, liveness_strategy: 0, nation: 0, outer_biz_no: 0, phone: 0, reserved: 2, security_strategy: 0, file_content: 3 }),
  () => ({ certify_no: 0, mismatch_reason: 0, passed: 0, quality: 0, score: 0 }),
  /* @__PURE__ */ multipartShape(["file_content"]),
);
