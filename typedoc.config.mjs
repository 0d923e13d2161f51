// TypeDoc: the reference of every published entry, taken from their one source (deno.json).
import { readFileSync } from 'node:fs';

const { exports } = JSON.parse(readFileSync(new URL('./deno.json', import.meta.url), 'utf8'));

/** @type {import('typedoc').TypeDocOptions} */
export default {
  entryPoints: Object.values(exports),
  out: '.tmp/reference',
  name: 'alipay-edge',
  readme: 'none',
  tsconfig: 'test/tsconfig.json',
  excludePrivate: true,
  excludeInternal: true,
  // KEY_USAGES: the names KeyUsage lists, shown in place.
  intentionallyNotExported: ['KEY_USAGES'],
  validation: { notExported: true, invalidLink: true, notDocumented: false },
  treatWarningsAsErrors: true,
  json: '.tmp/reference/api.json',
  disableSources: true,
};
