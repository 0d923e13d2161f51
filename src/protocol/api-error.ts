// Telling a gateway error answer from a success (to-api-error.ts turns one into an AlipayApiError).
import { expectRecord, readOnce, textOf } from '../guard.ts';

/**
 * Whether a response node is an error: it carries a `sub_code`, or a `code` other than `10000`.
 * (`alipay.system.oauth.token` answers success with no `code`; the Java SDK's test is also "no
 * `sub_code`".)
 *
 * @example
 * ```ts
 * isErrorNode({ code: '40004', msg: 'Business Failed', sub_code: 'CARD_NOT_EXIT' }); // true
 * ```
 */
export function isErrorNode(node: Record<string, unknown>): boolean {
  expectRecord(node, 'node');
  // Each field read once. An unsigned node may carry anything: a code that is not text is not 10000.
  const subCode = readOnce(node, 'sub_code', 'node.sub_code');
  const code = readOnce(node, 'code', 'node.code');
  return subCode !== undefined || (code !== undefined && textOf(code) !== '10000');
}
