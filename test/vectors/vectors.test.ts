// Conformance vectors through the exported building blocks (sign content, signing, span extraction
// and verification, notifications, certificate SNs, AES): the project's own set in this directory
// (written by ./generate.mjs) always, and the external set when it is found (see externalVectors
// in ../support.ts; read at test time, never copied).
import { describe, expect, it } from 'vitest';
import { OWN_VECTORS, externalVectors, vectors } from '../support.ts';
import { runVectorSuite } from './harness.ts';

runVectorSuite(OWN_VECTORS, 'own');

const external = externalVectors();
if (external) {
  runVectorSuite(external, 'external');
  if (external.pathname.endsWith('/shared/vectors/')) {
    describe('external: the set at ../shared/vectors', () => {
      it('has the 4 request-signing vectors', () => expect(vectors('request-signing.json', external)).toHaveLength(4));
      it('has 29 response vectors, 13 valid and 16 invalid', () => {
        const responses = vectors<{ expected: string }>('responses.json', external);
        expect(responses).toHaveLength(29);
        expect(responses.filter((v) => v.expected === 'valid')).toHaveLength(13);
      });
    });
  }
} else {
  console.warn("external vectors not found (set ALIPAY_VECTORS or place ../shared/vectors): skipped; the project's own vectors ran");
  it.skip('external vectors (not found)', () => {});
}
