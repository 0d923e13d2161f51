// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.sp.leads.expand.create` (POST /v3/alipay/open/sp/leads/expand/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenSpLeadsExpandCreateRequest = { address: '…', city_code: '…' };
 * ```
 */
export interface AlipayOpenSpLeadsExpandCreateRequest {
  address?: string;
  city_code?: string;
  city_name?: string;
  district_code?: string;
  district_name?: string;
  email?: string;
  latitude?: string;
  longitude?: string;
  mcc?: string;
  merchant_pid?: string;
  name?: string;
  out_biz_no?: string;
  phone?: string;
  province_code?: string;
  province_name?: string;
  scene?: string;
}

/**
 * The result of `alipay.open.sp.leads.expand.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenSpLeadsExpandCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenSpLeadsExpandCreateResult {
  leads_id?: string;
}

/**
 * The error codes of `alipay.open.sp.leads.expand.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenSpLeadsExpandCreateErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayOpenSpLeadsExpandCreateErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "ISV_NOT_IN_WHITELIST";

/**
 * `alipay.open.sp.leads.expand.create`: POST /v3/alipay/open/sp/leads/expand/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenSpLeadsExpandCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenSpLeadsExpandCreate, { address: '…', city_code: '…' });
 * ```
 */
export const alipayOpenSpLeadsExpandCreate: ApiDefinition<"alipay.open.sp.leads.expand.create", AlipayOpenSpLeadsExpandCreateRequest, AlipayOpenSpLeadsExpandCreateResult, AlipayOpenSpLeadsExpandCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.sp.leads.expand.create",
  'POST',
  () => ({ address: 0, city_code: 0, city_name: 0, district_code: 0, district_name: 0, email: 0, latitude: 0, longitude: 0, mcc: 0, merchant_pid: 0, name: 0, out_biz_no: 0, phone: 0, province_code: 0, province_name: 0, scene: 0 }),
  () => ({ leads_id: 0 }),
);
