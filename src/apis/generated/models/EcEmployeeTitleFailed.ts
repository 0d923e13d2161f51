// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `EcEmployeeTitleFailed`, a model of Alipay's v3 description (in `alipay.commerce.ec.employee.title.create`, `alipay.commerce.ec.employee.title.delete`).
 *
 * @example
 * ```ts
 * const value: EcEmployeeTitleFailed = { employee_id: '…', enterprise_id: '…' };
 * ```
 */
export interface EcEmployeeTitleFailed {
  employee_id?: string;
  enterprise_id?: string;
  message?: string;
  title_id?: string;
  title_tag?: string;
}
export const EcEmployeeTitleFailedShape = (): object => ({ employee_id: 0, enterprise_id: 0, message: 0, title_id: 0, title_tag: 0 });
