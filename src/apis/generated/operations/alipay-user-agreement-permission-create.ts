// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.user.agreement.permission.create` (POST /v3/alipay/user/agreement/permission/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayUserAgreementPermissionCreateRequest = { agreement_no: '…', notice_template: '…' };
 * ```
 */
export interface AlipayUserAgreementPermissionCreateRequest {
  agreement_no?: string;
  business_params?: BusinessParamsMap;
  notice_template?: string;
  out_request_no?: string;
  total_amount?: string;
}

/**
 * The result of `alipay.user.agreement.permission.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayUserAgreementPermissionCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayUserAgreementPermissionCreateResult {
  deduct_permission?: string;
  effective_time_end?: string;
  effective_time_start?: string;
  is_success_send?: boolean;
}

/**
 * The error codes of `alipay.user.agreement.permission.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayUserAgreementPermissionCreateErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayUserAgreementPermissionCreateErrorCode = "SYSTEM_ERROR" | "ILLEGAL_PARAMS" | "USER_AGREEMENT_NOT_EXIST" | "NOT_SUPPORT_MERCHANT";

/**
 * `BusinessParamsMap`, a model of Alipay's v3 description (in `alipay.user.agreement.permission.create`).
 *
 * @example
 * ```ts
 * const value: BusinessParamsMap = { change_time: '…', new_amount: '…' };
 * ```
 */
export interface BusinessParamsMap {
  change_time?: string;
  new_amount?: string;
  ori_amount?: string;
}
const BusinessParamsMapShape = (): object => ({ change_time: 0, new_amount: 0, ori_amount: 0 });

/**
 * `alipay.user.agreement.permission.create`: POST /v3/alipay/user/agreement/permission/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayUserAgreementPermissionCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayUserAgreementPermissionCreate, { agreement_no: '…', notice_template: '…' });
 * ```
 */
export const alipayUserAgreementPermissionCreate: ApiDefinition<"alipay.user.agreement.permission.create", AlipayUserAgreementPermissionCreateRequest, AlipayUserAgreementPermissionCreateResult, AlipayUserAgreementPermissionCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.user.agreement.permission.create",
  'POST',
  () => ({ agreement_no: 0, business_params: BusinessParamsMapShape, notice_template: 0, out_request_no: 0, total_amount: 0 }),
  () => ({ deduct_permission: 0, effective_time_end: 0, effective_time_start: 0, is_success_send: 2 }),
);
