// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `zoloz.authentication.customer.facemanage.delete` (POST /v3/zoloz/authentication/customer/facemanage/delete: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: ZolozAuthenticationCustomerFacemanageDeleteRequest = { areacode: '…', biz_type: '…' };
 * ```
 */
export interface ZolozAuthenticationCustomerFacemanageDeleteRequest {
  areacode?: string;
  biz_type?: string;
  bizscale?: string;
  brandcode?: string;
  devicenum?: string;
  extinfo?: string;
  facetype?: string;
  faceval?: string;
  group?: string;
  storecode?: string;
  validtimes?: string;
}

/**
 * The result of `zoloz.authentication.customer.facemanage.delete`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: ZolozAuthenticationCustomerFacemanageDeleteResult) {
 *   return result;
 * }
 * ```
 */
export interface ZolozAuthenticationCustomerFacemanageDeleteResult {
  result?: string;
  retcode?: string;
  retcodesub?: string;
  retmessage?: string;
  retmessagesub?: string;
}

/**
 * The error codes of `zoloz.authentication.customer.facemanage.delete` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: ZolozAuthenticationCustomerFacemanageDeleteErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type ZolozAuthenticationCustomerFacemanageDeleteErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "BIZ_ERROR";

/**
 * `zoloz.authentication.customer.facemanage.delete`: POST /v3/zoloz/authentication/customer/facemanage/delete over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { zolozAuthenticationCustomerFacemanageDelete } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(zolozAuthenticationCustomerFacemanageDelete, { areacode: '…', biz_type: '…' });
 * ```
 */
export const zolozAuthenticationCustomerFacemanageDelete: ApiDefinition<"zoloz.authentication.customer.facemanage.delete", ZolozAuthenticationCustomerFacemanageDeleteRequest, ZolozAuthenticationCustomerFacemanageDeleteResult, ZolozAuthenticationCustomerFacemanageDeleteErrorCode> = /* @__PURE__ */ operation(
  "zoloz.authentication.customer.facemanage.delete",
  'POST',
  () => ({ areacode: 0, biz_type: 0, bizscale: 0, brandcode: 0, devicenum: 0, extinfo: 0, facetype: 0, faceval: 0, group: 0, storecode: 0, validtimes: 0 }),
  () => ({ result: 0, retcode: 0, retcodesub: 0, retmessage: 0, retmessagesub: 0 }),
);
