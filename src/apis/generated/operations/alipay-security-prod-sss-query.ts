// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.security.prod.sss.query` (POST /v3/alipay/security/prod/sss/query/{bbb}: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipaySecurityProdSssQueryRequest = { bbb: "1", aaa: "3333" };
 * ```
 */
export interface AlipaySecurityProdSssQueryRequest {
  /** A path parameter (v3). */
  bbb: string;
  /** A query parameter (v3). */
  aaa?: string;
  /** A query parameter (v3). */
  aaa_open_id?: string;
  tesst?: PromiseDetail[];
  xxx?: JinyouTestFive;
}

/**
 * The result of `alipay.security.prod.sss.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipaySecurityProdSssQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipaySecurityProdSssQueryResult {
  ccc?: string;
  ccc_open_id?: string;
}

/**
 * The error codes of `alipay.security.prod.sss.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipaySecurityProdSssQueryErrorCode = "SECURITY_CHECK_FAILED";
 * ```
 */
export type AlipaySecurityProdSssQueryErrorCode = "SECURITY_CHECK_FAILED";

/**
 * `JinyouTestFive`, a model of Alipay's v3 description (in `alipay.security.prod.sss.query`).
 *
 * @example
 * ```ts
 * const value: JinyouTestFive = { f_3_openid: '…', f_3_y: '…' };
 * ```
 */
export interface JinyouTestFive {
  f_1_f?: JinyouTestFour;
  f_2_f?: JinyouTestThree;
  f_3_openid?: string;
  f_3_y?: string;
  f_4_n?: string;
}
const JinyouTestFiveShape = (): object => ({ f_1_f: JinyouTestFourShape, f_2_f: JinyouTestThreeShape, f_3_openid: 0, f_3_y: 0, f_4_n: 0 });

/**
 * `JinyouTestFour`, a model of Alipay's v3 description (in `alipay.security.prod.sss.query`).
 *
 * @example
 * ```ts
 * const value: JinyouTestFour = { f_1_openid: '…', f_1_y: '…' };
 * ```
 */
export interface JinyouTestFour {
  f_1_openid?: string;
  f_1_y?: string;
  f_2_f?: JinyouTestThree;
  f_3_openid?: string;
  f_3_y?: number;
}
const JinyouTestFourShape = (): object => ({ f_1_openid: 0, f_1_y: 0, f_2_f: JinyouTestThreeShape, f_3_openid: 0, f_3_y: 1 });

/**
 * `JinyouTestOne`, a model of Alipay's v3 description (in `alipay.security.prod.sss.query`).
 *
 * @example
 * ```ts
 * const value: JinyouTestOne = { o_1_n: '…', o_2_openid: '…' };
 * ```
 */
export interface JinyouTestOne {
  o_1_n?: string;
  o_2_openid?: string;
  o_2_y?: string;
  o_3_openid?: string;
  o_3_y?: number;
}
const JinyouTestOneShape = (): object => ({ o_1_n: 0, o_2_openid: 0, o_2_y: 0, o_3_openid: 0, o_3_y: 1 });

/**
 * `JinyouTestThree`, a model of Alipay's v3 description (in `alipay.security.prod.sss.query`).
 *
 * @example
 * ```ts
 * const value: JinyouTestThree = { th_2_n: '…', th_3_n: true };
 * ```
 */
export interface JinyouTestThree {
  th_1_f?: JinyouTestTwo;
  th_2_n?: string;
  th_3_n?: boolean;
}
const JinyouTestThreeShape = (): object => ({ th_1_f: JinyouTestTwoShape, th_2_n: 0, th_3_n: 2 });

/**
 * `JinyouTestTwo`, a model of Alipay's v3 description (in `alipay.security.prod.sss.query`).
 *
 * @example
 * ```ts
 * const value: JinyouTestTwo = { t_1_openid: '…', t_1_y: '…' };
 * ```
 */
export interface JinyouTestTwo {
  t_1_openid?: string;
  t_1_y?: string;
  t_2_f?: JinyouTestOne;
  t_3_n?: string;
}
const JinyouTestTwoShape = (): object => ({ t_1_openid: 0, t_1_y: 0, t_2_f: JinyouTestOneShape, t_3_n: 0 });

/**
 * `PromiseDetail`, a model of Alipay's v3 description (in `alipay.security.prod.sss.query`).
 *
 * @example
 * ```ts
 * const value: PromiseDetail = { auth_status: true, create_time: '…' };
 * ```
 */
export interface PromiseDetail {
  auth_status?: boolean;
  create_time?: string;
  end_time?: string;
  final_time?: string;
  finish_periods?: number;
  merchant_id?: string;
  merchant_logo?: string;
  merchant_name?: string;
  out_biz_no?: string;
  period_type?: string;
  promise_name?: string;
  record_id?: string;
  record_status?: string;
  start_time?: string;
  sub_record_status?: string;
  sub_title?: string;
  template_id?: string;
  total_periods?: number;
}
const PromiseDetailShape = (): object => ({ auth_status: 2, create_time: 0, end_time: 0, final_time: 0, finish_periods: 1, merchant_id: 0, merchant_logo: 0, merchant_name: 0, out_biz_no: 0, period_type: 0, promise_name: 0, record_id: 0, record_status: 0, start_time: 0, sub_record_status: 0, sub_title: 0, template_id: 0, total_periods: 1 });

/**
 * `alipay.security.prod.sss.query`: POST /v3/alipay/security/prod/sss/query/{bbb} over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipaySecurityProdSssQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipaySecurityProdSssQuery, { bbb: "1", aaa: "3333" });
 * ```
 */
export const alipaySecurityProdSssQuery: ApiDefinition<"alipay.security.prod.sss.query", AlipaySecurityProdSssQueryRequest, AlipaySecurityProdSssQueryResult, AlipaySecurityProdSssQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.security.prod.sss.query",
  { verb: 'POST', path: "/v3/alipay/security/prod/sss/query/{bbb}", query: ["aaa", "aaa_open_id"] },
  () => ({ bbb: 0, aaa: 0, aaa_open_id: 0, tesst: [PromiseDetailShape], xxx: JinyouTestFiveShape }),
  () => ({ ccc: 0, ccc_open_id: 0 }),
);
