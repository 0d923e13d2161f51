// The unit tests Stryker runs against each mutant of the signing, key, span-extraction and
// verification modules (the child-process, runtime and packaging suites are left out: slow, and
// they exercise the same code through these tests' paths).
import base from '../vitest.config.ts';

export default {
  ...base,
  test: {
    ...base.test,
    include: [
      'test/vectors.test.ts',
      'test/keys.test.ts',
      'test/sign-content.test.ts',
      'test/json-span.test.ts',
      'test/xml.test.ts',
      'test/client.test.ts',
      'test/notify-aes.test.ts',
      'test/certificates.test.ts',
      'test/der.test.ts',
      'test/properties.test.ts',
    ],
  },
};
