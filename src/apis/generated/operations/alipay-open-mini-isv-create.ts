// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.isv.create` (POST /v3/alipay/open/mini/isv/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniIsvCreateRequest = {};
 * ```
 */
export interface AlipayOpenMiniIsvCreateRequest {
  create_mini_request?: CreateMiniRequest;
}

/**
 * The result of `alipay.open.mini.isv.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniIsvCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniIsvCreateResult {
  order_no?: string;
}

/**
 * The error codes of `alipay.open.mini.isv.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniIsvCreateErrorCode = "INVALID_PARAMS";
 * ```
 */
export type AlipayOpenMiniIsvCreateErrorCode = "INVALID_PARAMS" | "SYSTEM_ERROR" | "ONGOING_ORDER_EXIST" | "DAILY_REJECT_EXCEEDS" | "PROVIDER_ROLE_INVALID" | "APP_NAME_DUPLICATED" | "CERTIFICATE_INVALID" | "PERMISSION_DENIED" | "REJECT_COUNTS_EXCEEDS" | "NOT_UNIQUE" | "OPERATION_INVALID" | "HAS_RISK" | "ORDER_FINISHED" | "INVALID_MINI_APP_NAME_LENGTH" | "PARAM_INVALID" | "BRAND_TORT" | "RPC_INVOKE_ERROR" | "RATE_LIMITING_RISK" | "INFO_INVALID" | "ILLEGAL_PARAMS" | "APP_NAME_LENGTH_LIMIT" | "EXTERNAL_SYSTEM_ERROR" | "LEGAL_PERSON_INFO_INVALID" | "LEGAL_PERSON_NAME_NOT_MATCH" | "CERT_NO_NOT_MATCH" | "NEED_UPGRADE_INDIVIDUAL";

/**
 * `CreateMiniRequest`, a model of Alipay's v3 description (in `alipay.open.mini.isv.create`).
 *
 * @example
 * ```ts
 * const value: CreateMiniRequest = { alipay_account: '…', app_name: '…' };
 * ```
 */
export interface CreateMiniRequest {
  alipay_account?: string;
  app_name?: string;
  cert_name?: string;
  cert_no?: string;
  contact_name?: string;
  contact_phone?: string;
  is_individual?: boolean;
  legal_personal_name?: string;
  license_pic?: string;
  out_order_no?: string;
}
const CreateMiniRequestShape = (): object => ({ alipay_account: 0, app_name: 0, cert_name: 0, cert_no: 0, contact_name: 0, contact_phone: 0, is_individual: 2, legal_personal_name: 0, license_pic: 0, out_order_no: 0 });

/**
 * `alipay.open.mini.isv.create`: POST /v3/alipay/open/mini/isv/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniIsvCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniIsvCreate, {});
 * ```
 */
export const alipayOpenMiniIsvCreate: ApiDefinition<"alipay.open.mini.isv.create", AlipayOpenMiniIsvCreateRequest, AlipayOpenMiniIsvCreateResult, AlipayOpenMiniIsvCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.isv.create",
  'POST',
  () => ({ create_mini_request: CreateMiniRequestShape }),
  () => ({ order_no: 0 }),
);
