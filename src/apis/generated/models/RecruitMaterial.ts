// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `RecruitMaterial`, a model of Alipay's v3 description (in `alipay.marketing.recruit.enroll.create`, `alipay.marketing.recruit.enroll.query`).
 *
 * @example
 * ```ts
 * const value: RecruitMaterial = { data: '…', description: '…' };
 * ```
 */
export interface RecruitMaterial {
  data?: string;
  description?: string;
  material_audit_info?: string;
  name?: string;
  subject_id?: string;
}
export const RecruitMaterialShape = (): object => ({ data: 0, description: 0, material_audit_info: 0, name: 0, subject_id: 0 });
