// The documentation's code blocks, read once for every check that runs them: blocks.test.ts (in
// process, against the sources) and the fresh projects (test/package/fresh-projects.ts: from the
// packed tarball, each run with the command the docs give). The rules of a block, its directives
// and its output are described at the top of blocks.test.ts.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const at = (...path: string[]) => join(ROOT, ...path);
export const read = (path: string) => readFileSync(at(path), 'utf8');

/** The documents whose blocks are tested. */
export const DOCS = ['README.md', 'CONTRIBUTING.md', ...readdirSync(at('docs')).filter((name) => name.endsWith('.md')).sort().map((name) => `docs/${name}`)].filter((doc) => existsSync(at(doc)));

export interface WorkerRequest {
  method: string;
  path: string;
  status: number;
  /** Sent with an empty env: a Worker whose secrets are missing. */
  withoutEnv: boolean;
}

export interface Directive {
  file?: string;
  typecheckOnly?: string;
  requests: WorkerRequest[];
}

export interface Block {
  doc: string;
  /** 1-based line of the opening fence. */
  line: number;
  lang: string;
  code: string;
  /** The last non-blank line before the fence. */
  before: string;
}

export interface Program extends Block {
  /** File name, unique within its page. */
  name: string;
  directive: Directive;
  kind: 'esm' | 'cjs' | 'worker';
  /** What it must print, when a "prints:" block follows. */
  output?: string;
}

/** A ```json or ```jsonc block: a configuration file (Wrangler's), parsed. */
export interface ConfigFile extends Block {
  name?: string;
  value: unknown;
}

export interface ShellLine {
  doc: string;
  line: number;
  text: string;
}

export const where = (block: { doc: string; line: number }) => `${block.doc}:${block.line}`;

function fences(doc: string): Block[] {
  const lines = read(doc).split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(.*)$/.exec(lines[i]!);
    if (!open) continue;
    if (open[1] !== '') throw new Error(`${doc}:${i + 1}: an indented fence; keep code blocks at the start of the line`);
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]!); i++) body.push(lines[i]!);
    if (i === lines.length) throw new Error(`${doc}:${start + 1}: the code block is never closed`);
    let previous = start - 1;
    while (previous >= 0 && lines[previous]!.trim() === '') previous--;
    blocks.push({ doc, line: start + 1, lang: open[2]!.trim(), code: body.join('\n'), before: previous >= 0 ? lines[previous]!.trim() : '' });
  }
  return blocks;
}

function directiveOf(block: Block): Directive {
  const directive: Directive = { requests: [] };
  const comment = /^<!--\s*doc-test:(.*)-->$/.exec(block.before);
  if (!comment) return directive;
  for (const part of comment[1]!.split(';').map((p) => p.trim())) {
    let match: RegExpExecArray | null;
    if ((match = /^file=([\w.-]+\.(?:ts|mts|mjs|cjs|js|jsonc|json))$/.exec(part))) directive.file = match[1]!;
    else if ((match = /^typecheck-only \((.+)\)$/.exec(part))) directive.typecheckOnly = match[1]!;
    else if ((match = /^(GET|POST|PUT|DELETE|PATCH|HEAD) (\/\S*)( without env)? (?:→|->) (\d{3})$/.exec(part))) directive.requests.push({ method: match[1]!, path: match[2]!, withoutEnv: match[3] !== undefined, status: Number(match[4]) });
    else throw new Error(`${where(block)}: unknown doc-test directive part ${JSON.stringify(part)}`);
  }
  return directive;
}

/** JSON with comments and trailing commas (JSONC, as Wrangler reads wrangler.jsonc). */
export function parseJsonc(text: string): unknown {
  let plain = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      plain += text.slice(i, end + 1);
      i = end;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      plain += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      if (close < 0) throw new Error('a /* comment is never closed');
      i = close + 1;
    } else plain += c;
  }
  return JSON.parse(plain.replace(/,(\s*[}\]])/g, '$1'));
}

const PROGRAM_LANGS: Record<string, 'ts' | 'js'> = { ts: 'ts', typescript: 'ts', js: 'js', javascript: 'js' };
const SHELL_LANGS = new Set(['sh', 'bash', 'shell']);
const CONFIG_LANGS = new Set(['json', 'jsonc']);

/** Every block of the documents: programs, configuration files, shell lines. */
export function collect() {
  const programs: Program[] = [];
  const configs: ConfigFile[] = [];
  const shell: ShellLine[] = [];
  for (const doc of DOCS) {
    let last: Program | undefined;
    const names = new Set<string>();
    const named = (block: Block, name: string) => {
      if (names.has(name)) throw new Error(`${where(block)}: a second block named ${name}`);
      names.add(name);
    };
    for (const block of fences(doc)) {
      const language = PROGRAM_LANGS[block.lang];
      if (language) {
        const directive = directiveOf(block);
        const cjs = language === 'js' && /\brequire\(/.test(block.code) && !/^\s*(import|export)\s/m.test(block.code);
        if (!cjs && !/^\s*(import|export)\b/m.test(block.code)) throw new Error(`${where(block)}: not a standalone program (no import or export): a block imports what it uses`);
        const name = directive.file ?? `L${block.line}.${language === 'ts' ? 'ts' : cjs ? 'cjs' : 'mjs'}`;
        named(block, name);
        const worker = /^export default\s*\{/m.test(block.code);
        if (worker && directive.requests.length === 0 && !directive.typecheckOnly) throw new Error(`${where(block)}: a Worker block needs the requests to send it (<!-- doc-test: GET /path → 200 -->)`);
        if (!worker && directive.requests.length > 0) throw new Error(`${where(block)}: requests given for a block that exports no Worker`);
        last = { ...block, name, directive, kind: worker ? 'worker' : cjs ? 'cjs' : 'esm' };
        programs.push(last);
      } else if (CONFIG_LANGS.has(block.lang)) {
        const directive = directiveOf(block);
        if (directive.typecheckOnly || directive.requests.length > 0) throw new Error(`${where(block)}: a configuration block takes only file=`);
        if (directive.file) named(block, directive.file);
        let value: unknown;
        try {
          value = block.lang === 'json' ? JSON.parse(block.code) : parseJsonc(block.code);
        } catch (err) {
          throw new Error(`${where(block)}: not ${block.lang === 'json' ? 'JSON' : 'JSONC'}: ${err instanceof Error ? err.message : String(err)}`);
        }
        configs.push({ ...block, ...(directive.file ? { name: directive.file } : {}), value });
      } else if (SHELL_LANGS.has(block.lang)) {
        block.code.split('\n').forEach((text, index) => {
          if (text.trim() !== '' && !text.trim().startsWith('#')) shell.push({ doc, line: block.line + 1 + index, text });
        });
      } else if (block.lang === 'text' && /prints:$/i.test(block.before)) {
        if (!last) throw new Error(`${where(block)}: an output block with no code block before it`);
        if (last.output !== undefined) throw new Error(`${where(block)}: a second output block for ${where(last)}`);
        if (last.directive.typecheckOnly) throw new Error(`${where(block)}: an output block for a block that does not run`);
        last.output = block.code;
      } else {
        throw new Error(`${where(block)}: a \`\`\`${block.lang || '(no language)'} block is not tested: use ts, js, json, jsonc, sh, or text after a line ending in "prints:"`);
      }
    }
  }
  return { programs, configs, shell };
}
