// Verifying a signed span and reading the data from exactly the text that was verified.
import { verifyContent } from '../crypto/sign.ts';
import { expectRecord, expectString } from '../guard.ts';
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
  expectString(span.content, 'span.content');
  if (span.sign === undefined) return undefined;
  if (await verifyContent(span.content, span.sign, key, charset)) return span.content;
  // Retried only when there is a `\/` to replace: otherwise the retry would verify the very text
  // that just failed, doubling the cost of every refused answer.
  if (!span.content.includes('\\/')) return undefined;
  const unescaped = span.content.replaceAll('\\/', '/');
  if (await verifyContent(unescaped, span.sign, key, charset)) return unescaped;
  return undefined;
}
