// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `EmployeeTitleDTO`, a model of Alipay's v3 description (in `alipay.commerce.ec.employee.title.create`, `alipay.commerce.ec.employee.title.delete`).
 *
 * @example
 * ```ts
 * const value: EmployeeTitleDTO = { account_id: '…', create_by: '…' };
 * ```
 */
export interface EmployeeTitleDTO {
  account_id?: string;
  create_by?: string;
  employee_id?: string;
  enterprise_id?: string;
  modify_by?: string;
  open_id?: string;
  tax_register_no?: string;
  title_id?: string;
  title_tag?: string;
  user_id?: string;
}
export const EmployeeTitleDTOShape = (): object => ({ account_id: 0, create_by: 0, employee_id: 0, enterprise_id: 0, modify_by: 0, open_id: 0, tax_register_no: 0, title_id: 0, title_tag: 0, user_id: 0 });
