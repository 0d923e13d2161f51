// One list of entry points (deno.json's exports: subpath → source) and everything that publishes
// them agrees with it: package.json's exports and typesVersions, the tsup build, the TypeDoc
// reference. The library's main entry stays small: what an application uses.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import tsupConfig, { ENTRIES, distName } from '../../tsup.config.ts';
import * as main from '../../src/index.ts';

const json = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const pkg = json('../../package.json');
const deno = json('../../deno.json');
const configs = (Array.isArray(tsupConfig) ? tsupConfig : [tsupConfig]) as Array<{ entry: Record<string, string> }>;
const { default: typedocConfig } = (await import(new URL('../../typedoc.config.mjs', import.meta.url).href)) as { default: { entryPoints: string[] } };
const library = configs.find((config) => 'index' in config.entry)!.entry;

describe('entry points', () => {
  const subpaths = Object.keys(ENTRIES);

  it('come from deno.json, and every source exists', () => {
    expect(ENTRIES).toEqual(deno.exports);
    for (const source of Object.values(ENTRIES)) expect(() => readFileSync(new URL(`../../${source}`, import.meta.url))).not.toThrow();
  });

  it('package.json exports exactly these subpaths (and package.json), each from its dist name', () => {
    expect(Object.keys(pkg.exports).sort()).toEqual([...subpaths, './package.json'].sort());
    for (const subpath of subpaths) {
      const name = distName(subpath);
      expect(pkg.exports[subpath]).toEqual({
        import: { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` },
        require: { types: `./dist/${name}.d.cts`, default: `./dist/${name}.cjs` },
      });
    }
  });

  it('typesVersions covers every subpath but the main entry', () => {
    const expected = Object.fromEntries(subpaths.filter((s) => s !== '.').map((s) => [s.slice(2), [`./dist/${distName(s)}.d.ts`]]));
    expect(pkg.typesVersions).toEqual({ '*': expected });
  });

  it('tsup builds each from its source', () => {
    expect(library).toEqual(Object.fromEntries(subpaths.map((s) => [distName(s), ENTRIES[s]!.slice(2)])));
  });

  it('TypeDoc documents each', () => expect(typedocConfig.entryPoints).toEqual(Object.values(ENTRIES)));

  it('the main entry exports at most 24 runtime values', () => {
    expect(Object.keys(main).length).toBeLessThanOrEqual(24);
  });

  it('versions agree', () => expect(deno.version).toBe(pkg.version));

  it('the bin is built by the CLI config', () => {
    // Without "./": npm 11's publish drops a "./dist/cli.js" bin from the published manifest
    // ("script name … was invalid and removed"); test/package/pack.ts runs npm publish --dry-run.
    expect(pkg.bin['alipay-edge']).toBe('dist/cli.js');
    expect(configs.some((config) => config.entry.cli === 'src/cli/index.ts')).toBe(true);
  });

  it('is side-effect free, and its engines match what CI tests (Node 20)', () => {
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.engines.node).toBe('>=20');
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(20);
  });
});
