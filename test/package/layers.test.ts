// Layers point one way: encoding/ below crypto/, both below protocol/, all of them below client/
// and the entry modules; apis/ (schemas and definitions) stands beside protocol/. errors.ts,
// guard.ts and intrinsics.ts are leaves every layer may use. Nothing in the library imports the CLI or the mocks.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../src/', import.meta.url));
const files = (readdirSync(src, { recursive: true }) as string[]).filter((file) => file.endsWith('.ts'));
const LEAVES = new Set(['errors.ts', 'guard.ts', 'intrinsics.ts']);

/** The layer of a file under src/: its folder, or "top" for the modules beside the entries. */
const layerOf = (file: string) => (LEAVES.has(file) ? 'leaf' : file.includes('/') ? file.split('/')[0]! : 'top');

/** Which layers each layer may import (besides itself and the leaves). */
const ALLOWED: Record<string, string[]> = {
  leaf: [],
  encoding: [],
  crypto: ['encoding'],
  protocol: ['crypto', 'encoding'],
  apis: ['encoding'],
  client: ['apis', 'protocol', 'crypto', 'encoding', 'top'],
  top: ['client', 'apis', 'protocol', 'crypto', 'encoding'],
  cli: ['top', 'client', 'apis', 'protocol', 'crypto', 'encoding', 'mocks'],
};

/** Every relative import (static, type-only or dynamic) of a file, as a path under src/ (or outside it). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(src, file), 'utf8');
  return [...text.matchAll(/(?:from|import\()\s*'(\.{1,2}\/[^']+)'/g)].map(([, specifier]) => relative(src, normalize(join(dirname(join(src, file)), specifier!))));
}

const ENTRIES = ['index.ts', 'protocol.ts', 'xml.ts', 'cert.ts', 'tools.ts', 'schemas.ts'];

/** The imports of `file` that break the layering, as messages. */
function violations(file: string, targets: string[]): string[] {
  const layer = layerOf(file);
  const found: string[] = [];
  for (const target of targets) {
    const to = layerOf(target);
    if (target.startsWith('..')) found.push(`${file} imports ${target}, outside src/`);
    else if (layer !== 'top' && ENTRIES.includes(target)) found.push(`${file} imports the entry ${target}`);
    else if (to !== layer && to !== 'leaf' && !ALLOWED[layer]!.includes(to)) found.push(`${file} (${layer}) imports ${target} (${to})`);
  }
  return found;
}

describe('layers', () => {
  it('finds the modules', () => expect(files.length).toBeGreaterThan(60));

  it.each(files.filter((file) => !file.startsWith('cli/')))('%s imports only its own layer, lower layers and the leaves', (file) => {
    expect(violations(file, importsOf(file))).toEqual([]);
  });

  it('the check catches upward and sideways imports (the rule itself works)', () => {
    expect(violations('encoding/base64.ts', ['crypto/sign.ts', 'errors.ts'])).toEqual(['encoding/base64.ts (encoding) imports crypto/sign.ts (crypto)']);
    expect(violations('apis/registry.ts', ['client/call-options.ts'])).toEqual(['apis/registry.ts (apis) imports client/call-options.ts (client)']);
    expect(violations('protocol/request.ts', ['index.ts', '../mocks/index.ts'])).toEqual(['protocol/request.ts imports the entry index.ts', 'protocol/request.ts imports ../mocks/index.ts, outside src/']);
  });
});
