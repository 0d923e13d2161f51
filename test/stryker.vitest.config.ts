// The unit tests Stryker runs against each mutant of the signing, key, DER, base64, span-extraction,
// strict-JSON, verification (v2 and v3), notification, form, GBK, page, certificate and transport
// modules (the child-process, runtime and packaging suites are left out: slow, and they exercise the
// same code through these tests' paths).
import base from '../vitest.config.ts';

export default {
  ...base,
  test: {
    ...base.test,
    // Stryker runs its own workers (concurrency 2): one vitest worker each.
    maxWorkers: 1,
    include: [
      'test/vectors/vectors.test.ts',
      'test/crypto/*.test.ts',
      'test/protocol/sign-content.test.ts',
      'test/protocol/json-span.test.ts',
      'test/protocol/xml.test.ts',
      'test/protocol/properties.test.ts',
      'test/protocol/notify*.test.ts',
      'test/protocol/form-hostile.test.ts',
      'test/protocol/gbk-*.test.ts',
      'test/client/page*.test.ts',
      'test/client/client.test.ts',
      'test/client/bounded-read.test.ts',
      'test/client/hostile-answers.test.ts',
      'test/cert/*.test.ts',
      'test/client/*-mutants.test.ts',
      'test/protocol/*-mutants.test.ts',
      // Edge tests written for the mutation score (the crypto/ and notify ones match the globs above).
      'test/protocol/verify-response-edges.test.ts',
      // Strict JSON and the v3 answer (success or failure from the signed body, its arguments read once).
      'test/protocol/repeated-keys.test.ts',
      'test/protocol/v3-*.test.ts',
      'test/client/v3*.test.ts',
      'test/package/read-once.test.ts',
    ],
  },
};
