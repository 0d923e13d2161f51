#!/usr/bin/env node
// `npm run docs` checks: every export has a description and an @example (read from TypeDoc's JSON),
// and every relative link in the generated HTML points to a file that exists.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const docs = join(root, '.tmp', 'reference');
const api = JSON.parse(readFileSync(join(docs, 'api.json'), 'utf8'));

// TypeDoc ReflectionKind values of exported declarations.
const KINDS = { 8: 'enum', 32: 'variable', 64: 'function', 128: 'class', 256: 'interface', 2097152: 'type' };
const missing = [];
let checked = 0;
const text = (parts) => (parts ?? []).map((part) => part.text).join('').trim();

function visit(reflection, path) {
  for (const child of reflection.children ?? []) {
    if (child.kind === 2) {
      visit(child, [...path, child.name]); // a module
      continue;
    }
    if (!(child.kind in KINDS)) continue;
    checked++;
    const comment = child.comment ?? child.signatures?.[0]?.comment;
    const where = `${[...path, child.name].join('/')} (${KINDS[child.kind]})`;
    if (!comment || text(comment.summary) === '') missing.push(`${where}: no description`);
    if (!comment?.blockTags?.some((tag) => tag.tag === '@example')) missing.push(`${where}: no @example`);
  }
}
visit(api, []);

let links = 0;
const broken = [];
for (const file of readdirSync(docs, { recursive: true })) {
  if (!String(file).endsWith('.html')) continue;
  const path = join(docs, String(file));
  for (const [, href] of readFileSync(path, 'utf8').matchAll(/href="([^"#?]+)[^"]*"/g)) {
    if (/^[a-z]+:/i.test(href) || href.startsWith('//')) continue;
    links++;
    if (!existsSync(resolve(dirname(path), decodeURIComponent(href)))) broken.push(`${file}: ${href}`);
  }
}

console.log(`docs: ${checked} exports checked, ${missing.length} without a description or example; ${links} links checked, ${broken.length} broken`);
for (const line of [...missing, ...broken]) console.log(`  ${line}`);
if (missing.length > 0 || broken.length > 0) process.exit(1);
