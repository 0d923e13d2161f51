// A JSON-only consumer's bundle holds no fast-xml-parser code: the client reaches the XML module
// through a dynamic import only, which a code-splitting bundler puts in a chunk of its own.
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('bundles', () => {
  it('the JSON-only entry chunk has no fast-xml-parser; a lazy chunk has it', async () => {
    const result = await esbuild.build({
      absWorkingDir: root,
      stdin: {
        contents: `import { AlipayClient } from './src/index.ts';
          const client = new AlipayClient(globalThis.config);
          export const card = () => client.execute('alipay.marketing.card.query', { target_card_no_type: 'BIZ_CARD', target_card_no: '1' });`,
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      outdir: 'out',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const outputs = Object.values(result.metafile.outputs);
    // Dynamic import targets count as entry points too: the consumer's own entry is <stdin>.
    const entry = outputs.find((output) => output.entryPoint === '<stdin>');
    const lazy = outputs.filter((output) => output !== entry);
    const hasXmlParser = (inputs: Record<string, unknown>) => Object.keys(inputs).some((input) => input.includes('node_modules/fast-xml-parser'));
    expect(entry).toBeDefined();
    expect(Object.keys(entry!.inputs)).toContain('src/client.ts');
    expect(hasXmlParser(entry!.inputs)).toBe(false);
    expect(Object.keys(entry!.inputs)).not.toContain('src/protocol/xml.ts');
    expect(lazy.some((output) => hasXmlParser(output.inputs))).toBe(true);
    // What the entry loads statically (itself and the shared chunks it imports, transitively) holds
    // no XML parser; one of them reaches the parser's chunk by a dynamic import.
    const byPath = result.metafile.outputs;
    const xmlChunks = Object.entries(byPath).filter(([, output]) => hasXmlParser(output.inputs)).map(([path]) => path);
    const entryPath = Object.entries(byPath).find(([, output]) => output === entry)![0];
    const loaded = new Set<string>([entryPath]);
    for (const path of loaded) for (const imported of byPath[path]!.imports) if (imported.kind === 'import-statement') loaded.add(imported.path);
    for (const path of loaded) expect(hasXmlParser(byPath[path]!.inputs), path).toBe(false);
    expect([...loaded].some((path) => byPath[path]!.imports.some(({ path: target, kind }) => kind === 'dynamic-import' && xmlChunks.includes(target)))).toBe(true);
  });
});
