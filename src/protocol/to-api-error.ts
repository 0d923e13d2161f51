// Turning a gateway error node into an AlipayApiError. Loaded when the gateway answers an error:
// a successful call never needs it.
import { AlipayApiError, type GatewayErrorCode } from '../errors.ts';
import { expectRecord, fieldsOf, snapshotRecord, textOf } from '../guard.ts';
import { fixFor } from './gateway-fixes.ts';
import { maskTokens } from './mask.ts';

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
export function toApiError(given: Record<string, unknown>, givenContext: ApiErrorContext): AlipayApiError {
  // Read once: the error carries the fields it was built from.
  const node = { ...snapshotRecord(given, 'node') };
  expectRecord(givenContext, 'context');
  const context = fieldsOf(givenContext, ['method', 'verified', 'traceId', 'diagnosis'], 'context');
  const rawCode = textOf(node.code) ?? '';
  const subCode = textOf(node.sub_code);
  const subMsg = textOf(node.sub_msg);
  const invalidSignature = subCode === 'isv.invalid-signature';
  // The invalid-signature diagnosis says more than the table: where the two sign contents part.
  const diagnosis = (invalidSignature ? textOf(context.diagnosis) : undefined) ?? fixFor(subCode);
  return new AlipayApiError({
    // Gateway codes are digits; anything else (only possible in an unsigned answer) is not kept as a code.
    code: (/^\d+$/.test(rawCode) ? rawCode : '') as GatewayErrorCode,
    msg: textOf(node.msg) ?? '',
    ...(subCode !== undefined && { subCode }),
    ...(subMsg !== undefined && { subMsg }),
    method: textOf(context.method) ?? '',
    ...(typeof context.traceId === 'string' && { traceId: context.traceId }),
    verified: context.verified === true,
    response: node,
    ...(diagnosis !== undefined && { diagnosis }),
    // The gateway echoes the sign content, tokens included: keep them out of the message.
    ...(invalidSignature && subMsg !== undefined && { messageSubMsg: maskTokens(subMsg) }),
  });
}
