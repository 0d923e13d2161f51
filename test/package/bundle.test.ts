// A JSON-only consumer's bundle holds no fast-xml-parser code, split or in one file: the client
// reaches the parser only through the `xml` option, which only `alipay-edge/xml` provides. A
// consumer that imports it gets the parser.
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const hasXmlParser = (inputs: Record<string, unknown>) => Object.keys(inputs).some((input) => input.includes('node_modules/fast-xml-parser'));

const bundle = (contents: string, splitting: boolean) =>
  esbuild.build({
    absWorkingDir: root,
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    splitting,
    format: 'esm',
    platform: 'browser',
    outdir: 'out',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });

const JSON_ONLY = `import { AlipayClient } from './src/index.ts';
  const client = new AlipayClient(globalThis.config);
  export const card = () => client.execute('alipay.marketing.card.query', { target_card_no_type: 'BIZ_CARD', target_card_no: '1' });`;

describe('bundles', () => {
  it.each([true, false])('a JSON-only consumer has no fast-xml-parser in any chunk (splitting: %s)', async (splitting) => {
    const result = await bundle(JSON_ONLY, splitting);
    const outputs = Object.values(result.metafile.outputs);
    expect(outputs.some((output) => Object.keys(output.inputs).includes('src/client.ts'))).toBe(true);
    for (const output of outputs) {
      expect(hasXmlParser(output.inputs)).toBe(false);
      expect(Object.keys(output.inputs)).not.toContain('src/protocol/xml.ts');
    }
  });

  it('a consumer that imports alipay-edge/xml for format: xml has the parser', async () => {
    const result = await bundle(`import { AlipayClient } from './src/index.ts';
      import { xml } from './src/xml.ts';
      export const client = new AlipayClient({ ...globalThis.config, format: 'xml', xml });`, false);
    expect(Object.values(result.metafile.outputs).some((output) => hasXmlParser(output.inputs))).toBe(true);
  });
});
