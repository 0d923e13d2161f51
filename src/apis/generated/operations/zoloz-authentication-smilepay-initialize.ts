// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `zoloz.authentication.smilepay.initialize` (POST /v3/zoloz/authentication/smilepay/initialize: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: ZolozAuthenticationSmilepayInitializeRequest = { apdid_token: '…', app_name: '…' };
 * ```
 */
export interface ZolozAuthenticationSmilepayInitializeRequest {
  apdid_token?: string;
  app_name?: string;
  app_version?: string;
  base_ver?: string;
  bio_meta_info?: string;
  device_model?: string;
  device_type?: string;
  ext_info?: FaceExtParams;
  machine_info?: FaceMachineInfo;
  merchant_info?: FaceMerchantInfo;
  os_version?: string;
  remote_log_id?: string;
  zim_ver?: string;
}

/**
 * The result of `zoloz.authentication.smilepay.initialize`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: ZolozAuthenticationSmilepayInitializeResult) {
 *   return result;
 * }
 * ```
 */
export interface ZolozAuthenticationSmilepayInitializeResult {
  ret_code_sub?: string;
  ret_message_sub?: string;
  zim_id?: string;
  zim_init_client_data?: string;
}

/**
 * The error codes of `zoloz.authentication.smilepay.initialize` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: ZolozAuthenticationSmilepayInitializeErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type ZolozAuthenticationSmilepayInitializeErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "BIZ_ERROR";

/**
 * `FaceExtParams`, a model of Alipay's v3 description (in `zoloz.authentication.smilepay.initialize`).
 *
 * @example
 * ```ts
 * const value: FaceExtParams = { biz_type: '…' };
 * ```
 */
export interface FaceExtParams {
  biz_type?: string;
}
const FaceExtParamsShape = (): object => ({ biz_type: 0 });

/**
 * `FaceMachineInfo`, a model of Alipay's v3 description (in `zoloz.authentication.smilepay.initialize`).
 *
 * @example
 * ```ts
 * const value: FaceMachineInfo = { camera_drive_ver: '…', camera_model: '…' };
 * ```
 */
export interface FaceMachineInfo {
  camera_drive_ver?: string;
  camera_model?: string;
  camera_name?: string;
  camera_ver?: string;
  ext?: string;
  machine_code?: string;
  machine_model?: string;
  machine_ver?: string;
}
const FaceMachineInfoShape = (): object => ({ camera_drive_ver: 0, camera_model: 0, camera_name: 0, camera_ver: 0, ext: 0, machine_code: 0, machine_model: 0, machine_ver: 0 });

/**
 * `FaceMerchantInfo`, a model of Alipay's v3 description (in `zoloz.authentication.smilepay.initialize`).
 *
 * @example
 * ```ts
 * const value: FaceMerchantInfo = { area_code: '…', brand_code: '…' };
 * ```
 */
export interface FaceMerchantInfo {
  area_code?: string;
  brand_code?: string;
  device_mac?: string;
  device_num?: string;
  geo?: string;
  group?: string;
  merchant_id?: string;
  partner_id?: string;
  store_code?: string;
  wifimac?: string;
  wifiname?: string;
}
const FaceMerchantInfoShape = (): object => ({ area_code: 0, brand_code: 0, device_mac: 0, device_num: 0, geo: 0, group: 0, merchant_id: 0, partner_id: 0, store_code: 0, wifimac: 0, wifiname: 0 });

/**
 * `zoloz.authentication.smilepay.initialize`: POST /v3/zoloz/authentication/smilepay/initialize over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { zolozAuthenticationSmilepayInitialize } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(zolozAuthenticationSmilepayInitialize, { apdid_token: '…', app_name: '…' });
 * ```
 */
export const zolozAuthenticationSmilepayInitialize: ApiDefinition<"zoloz.authentication.smilepay.initialize", ZolozAuthenticationSmilepayInitializeRequest, ZolozAuthenticationSmilepayInitializeResult, ZolozAuthenticationSmilepayInitializeErrorCode> = /* @__PURE__ */ operation(
  "zoloz.authentication.smilepay.initialize",
  'POST',
  () => ({ apdid_token: 0, app_name: 0, app_version: 0, base_ver: 0, bio_meta_info: 0, device_model: 0, device_type: 0, ext_info: FaceExtParamsShape, machine_info: FaceMachineInfoShape, merchant_info: FaceMerchantInfoShape, os_version: 0, remote_log_id: 0, zim_ver: 0 }),
  () => ({ ret_code_sub: 0, ret_message_sub: 0, zim_id: 0, zim_init_client_data: 0 }),
);
