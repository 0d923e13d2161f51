// Verifying a signed span and reading the data from exactly the text that was verified.
import { verifyContent } from '../crypto/sign.ts';
import { expectRecord, expectString, fieldsOf } from '../guard.ts';
import type { Charset } from '../encoding/charset.ts';
import type { SignedSpan } from './json-span.ts';

/**
 * Verifies the signature of a span and resolves to the text that verified, or `undefined`.
 * If the span contains `\/` and fails, it is retried with `\/` replaced by `/`, as the Java SDK
 * does (some gateways signed the unescaped text); the returned text is then the replaced one, so
 * callers parse what was actually signed. `charset` is the charset of the bytes signed (UTF-8 by
 * default).
 *
 * @example
 * ```ts
 * const span = extractJsonSpan(body, method);
 * const verified = await verifySignedSpan(span, alipayPublicKey);
 * if (verified === undefined) throw new Error('forged answer');
 * const data = JSON.parse(verified);
 * ```
 */
export async function verifySignedSpan(span: Pick<SignedSpan, 'content' | 'sign'>, key: CryptoKey, charset?: Charset): Promise<string | undefined> {
  expectRecord(span, 'span');
  // Each read once: the text verified is the text returned.
  const { content: given, sign } = fieldsOf(span, ['content', 'sign'], 'span');
  const content = expectString(given, 'span.content');
  if (sign === undefined) return undefined;
  if (await verifyContent(content, sign, key, charset)) return content;
  // Retried only when there is a `\/` to replace: otherwise the retry would verify the very text
  // that just failed, doubling the cost of every refused answer.
  if (!content.includes('\\/')) return undefined;
  const unescaped = content.replaceAll('\\/', '/');
  if (await verifyContent(unescaped, sign, key, charset)) return unescaped;
  return undefined;
}
