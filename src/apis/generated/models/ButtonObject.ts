// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type SubButton, SubButtonShape } from './SubButton.ts';

/**
 * `ButtonObject`, a model of Alipay's v3 description (in `alipay.open.public.menu.batchquery`, `alipay.open.public.menu.create`, `alipay.open.public.menu.modify` and 1 more).
 *
 * @example
 * ```ts
 * const value: ButtonObject = { action_param: '…', action_type: '…' };
 * ```
 */
export interface ButtonObject {
  action_param?: string;
  action_type?: string;
  icon?: string;
  name?: string;
  sub_button?: SubButton[];
}
export const ButtonObjectShape = (): object => ({ action_param: 0, action_type: 0, icon: 0, name: 0, sub_button: [SubButtonShape] });
