// package.json and deno.json publish the same entry points, built from the same sources.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import tsupConfig from '../tsup.config.ts';

const json = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const pkg = json('../package.json');
const deno = json('../deno.json');
// The library build (the CLI has its own config in the array).
const configs = (Array.isArray(tsupConfig) ? tsupConfig : [tsupConfig]) as Array<{ entry: Record<string, string> }>;
const entries = configs.find((config) => 'index' in config.entry)!.entry;

describe('exports', () => {
  const npmSubpaths = Object.keys(pkg.exports).filter((subpath) => subpath !== './package.json');

  it('deno.json exports the same subpaths as package.json', () => {
    expect(Object.keys(deno.exports).sort()).toEqual(npmSubpaths.sort());
  });

  it.each(npmSubpaths)('%s: the npm build and Deno use the same source', (subpath) => {
    const target = pkg.exports[subpath];
    // The ESM and CJS builds (and their types) come from one tsup entry…
    const files = [target.import.default, target.import.types, target.require.default, target.require.types] as string[];
    const names = new Set(files.map((file) => file.match(/^\.\/dist\/([^.]+)\./)?.[1]));
    expect(names.size).toBe(1);
    const [name] = [...names];
    // …whose source is what Deno imports.
    expect(`./${entries[name!]}`).toBe(deno.exports[subpath]);
  });

  it('versions agree', () => expect(deno.version).toBe(pkg.version));

  it('the bin is built by the CLI config', () => {
    expect(pkg.bin['alipay-edge']).toBe('./dist/cli.js');
    expect(configs.some((config) => config.entry.cli === 'src/cli/index.ts')).toBe(true);
  });

  it('is side-effect free, and its engines match what CI tests (Node 20)', () => {
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.engines.node).toBe('>=20');
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(20);
  });
});
