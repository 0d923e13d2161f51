// Telling a gateway error answer from a success, and turning it into an AlipayApiError.
import { AlipayApiError, type GatewayErrorCode } from '../errors.ts';
import { maskTokens } from './mask.ts';

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
  return node.sub_code !== undefined || (node.code !== undefined && String(node.code) !== '10000');
}

const text = (value: unknown): string | undefined => (value === undefined || value === null ? undefined : String(value));

/**
 * Context for building an {@link AlipayApiError}.
 *
 * @example
 * ```ts
 * throw toApiError(node, { method: 'alipay.marketing.card.query', verified: true, traceId });
 * ```
 */
export interface ApiErrorContext {
  method: string;
  verified: boolean;
  traceId?: string;
  /** The invalid-signature diagnosis (see `diagnoseInvalidSignature` in `alipay-edge/tools`). */
  diagnosis?: string;
}

/**
 * Builds the {@link AlipayApiError} for an error node.
 *
 * @example
 * ```ts
 * if (isErrorNode(node)) throw toApiError(node, { method, verified: true });
 * ```
 */
export function toApiError(node: Record<string, unknown>, context: ApiErrorContext): AlipayApiError {
  const rawCode = text(node.code) ?? '';
  const subCode = text(node.sub_code);
  const subMsg = text(node.sub_msg);
  const invalidSignature = subCode === 'isv.invalid-signature';
  const diagnosis = invalidSignature ? context.diagnosis : undefined;
  return new AlipayApiError({
    // Gateway codes are digits; anything else (only possible in an unsigned answer) is not kept as a code.
    code: (/^\d+$/.test(rawCode) ? rawCode : '') as GatewayErrorCode,
    msg: text(node.msg) ?? '',
    ...(subCode !== undefined && { subCode }),
    ...(subMsg !== undefined && { subMsg }),
    method: context.method,
    ...(context.traceId !== undefined && { traceId: context.traceId }),
    verified: context.verified,
    response: node,
    ...(diagnosis !== undefined && { diagnosis }),
    // The gateway echoes the sign content, tokens included: keep them out of the message.
    ...(invalidSignature && subMsg !== undefined && { messageSubMsg: maskTokens(subMsg) }),
  });
}
