// src/ must run on Web platform APIs alone (Workers without nodejs_compat, Deno, browsers).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../src/', import.meta.url).pathname;
// The CLI (src/cli) may use Node APIs; it is not part of the library.
const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !f.startsWith('cli/'));

// Comments may mention Buffer or process; code may not.
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

describe('src/ uses Web platform APIs only', () => {
  it('has source files', () => expect(files.length).toBeGreaterThan(5));

  it.each(files)('%s', (file) => {
    const text = code(readFileSync(join(root, file), 'utf8'));
    expect(text).not.toMatch(/from\s+['"]node:/);
    expect(text).not.toMatch(/import\(\s*['"]node:/);
    expect(text).not.toMatch(/\brequire\s*\(/);
    expect(text).not.toMatch(/\bBuffer\b/);
    expect(text).not.toMatch(/\bprocess\b/);
    expect(text).not.toMatch(/\b__dirname\b|\bglobal\./);
    // Only relative imports and the declared runtime dependencies.
    for (const [, specifier] of text.matchAll(/from\s+['"]([^'"]+)['"]/g)) {
      expect(specifier!.startsWith('.') || ['valibot', 'fast-xml-parser', '@noble/hashes'].some((dep) => specifier === dep || specifier!.startsWith(`${dep}/`))).toBe(true);
    }
  });

  it('catches a Node import when there is one (the check itself works)', () => {
    expect(code("import { Buffer } from 'node:buffer';")).toMatch(/from\s+['"]node:/);
    expect(code('// Buffer in a comment')).not.toMatch(/\bBuffer\b/);
  });
});
