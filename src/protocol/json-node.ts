// A response node read from its (verified, or about-to-be-checked) JSON span. One place for the
// client's answers (decrypted ones too) and cert-mode's certificate download, so all fail the same
// way, a repeated key included.
import { AlipayError } from '../errors.ts';
import { parseJsonStrict } from '../encoding/json.ts';

/** A JSON node: an object, or (AES) the string of ciphertext. */
export function parseJsonNode(text: string): Record<string, unknown> | string {
  const node = parseJsonStrict(text, 'the response node');
  if (typeof node === 'string') return node;
  return asObject(node);
}

/** The node as an object, or ERR_RESPONSE_MALFORMED. */
export function asObject(node: unknown): Record<string, unknown> {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) {
    throw new AlipayError('ERR_RESPONSE_MALFORMED', 'The gateway answer is not well-formed: the response node is not an object.');
  }
  return node as Record<string, unknown>;
}
