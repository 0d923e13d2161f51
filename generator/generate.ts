#!/usr/bin/env node
// `npm run generate [-- path/to/openapi.json] [--check]`: writes the typed catalogue
// (src/apis/generated/) from Alipay's OpenAPI v3 description. The description is input data kept
// outside the repository: the path given, else ALIPAY_V3_DESCRIPTION, else ../shared/alipay-v3/
// found by walking up. `--check` writes nothing and fails when the committed files differ.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emitCatalogue } from './emit.ts';
import { readDescription } from './read.ts';

/** Where the generated files go. */
export const OUTPUT = fileURLToPath(new URL('../src/apis/generated/', import.meta.url));

/** The description: `explicit`, else ALIPAY_V3_DESCRIPTION, else ../shared/alipay-v3/openapi.json walking up; undefined when none. */
export function findDescription(explicit?: string): string | undefined {
  const named = explicit ?? process.env.ALIPAY_V3_DESCRIPTION;
  if (named) {
    if (!existsSync(named)) throw new Error(`no description at ${named}`);
    return resolve(named);
  }
  for (let dir = fileURLToPath(new URL('../', import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, '..', 'shared', 'alipay-v3', 'openapi.json');
    if (existsSync(candidate)) return resolve(candidate);
  }
  return undefined;
}

/** The files the description gives: path relative to OUTPUT → text. */
export function generate(path: string): Map<string, string> {
  return emitCatalogue(readDescription(JSON.parse(readFileSync(path, 'utf8'))));
}

/** The committed files under OUTPUT: path relative to OUTPUT → text. */
export function committed(): Map<string, string> {
  const files = new Map<string, string>();
  if (!existsSync(OUTPUT)) return files;
  for (const entry of readdirSync(OUTPUT, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    files.set(full.slice(OUTPUT.length).replaceAll('\\', '/'), readFileSync(full, 'utf8'));
  }
  return files;
}

/** The paths that differ between two sets of files (added, removed or changed). */
export function differences(expected: Map<string, string>, actual: Map<string, string>): string[] {
  const paths = new Set([...expected.keys(), ...actual.keys()]);
  return [...paths].filter((path) => expected.get(path) !== actual.get(path)).sort();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const path = findDescription(args.find((arg) => !arg.startsWith('--')));
  if (!path) {
    console.error('generate: no description found: pass its path, set ALIPAY_V3_DESCRIPTION, or place it at ../shared/alipay-v3/openapi.json');
    process.exit(2);
  }
  const files = generate(path);
  if (check) {
    const changed = differences(files, committed());
    if (changed.length > 0) {
      console.error(`generate --check: ${changed.length} generated file(s) differ from ${path}: ${changed.slice(0, 10).join(', ')}${changed.length > 10 ? ', …' : ''}`);
      process.exit(1);
    }
    console.log(`generate --check: the ${files.size} generated files match ${path}`);
  } else {
    rmSync(OUTPUT, { recursive: true, force: true });
    for (const [file, text] of files) {
      mkdirSync(dirname(join(OUTPUT, file)), { recursive: true });
      writeFileSync(join(OUTPUT, file), text);
    }
    console.log(`generate: ${files.size} files written to src/apis/generated/ from ${path}`);
  }
}
