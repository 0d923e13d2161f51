// Every code block of README.md, CONTRIBUTING.md and docs/*.md is tested, so the documentation
// cannot drift from the code:
//  - ```ts and ```js blocks (also typescript/javascript) type-check together in ONE in-process
//    TypeScript program: strict, `alipay-edge` and its subpaths mapped to the sources as deno.json
//    maps them; JS blocks are parsed (allowJs, checkJs off: they read untyped environments).
//  - Then each one runs in-process, in document order, against the mock gateway's HTTP server, with
//    the ALIPAY_* variables `npx alipay-edge mock-gateway` prints set in process.env. A block must
//    be a complete program (it imports what it uses) and must not throw. A block that reads
//    `Deno.env` gets a `Deno` global over process.env (Deno itself runs the quick start in
//    test:deno); a CommonJS block gets a `require` that gives the package's source entries.
//  - A ```text block introduced by a line ending in "prints:" is what the code block before it
//    must print with console.log, exactly.
//  - A Worker block (`export default { fetch }`) is called with the requests its directive names,
//    and each answer's status is checked.
//  - ```sh / ```bash lines: every `npx alipay-edge <command>` names a command of src/cli/main.ts
//    and only flags its --help lists (asked in-process); every `npm run <script>` names a script.
//    Nothing is run from them.
//  - ```json / ```jsonc blocks parse (JSONC: comments and trailing commas); one with a `main` or a
//    `compatibility_date` is a Wrangler configuration: its `main` is a Worker block of the same
//    page (named by file=), its date one the tested workerd supports, no `nodejs_compat` flag.
//    The real Wrangler builds and serves it in the fresh projects (test/package/fresh-projects.ts).
//  - A fence in any other language, or with none, fails: every block is one of the above.
//  - And the pages: README.md within 15,000 bytes, relative links and anchors resolve, errors.md
//    names every error code, cli.md shows every command, card-journey.md quotes the journey example.
//
// Directives: an HTML comment on the line right before a block (visible in the Markdown source
// only). Parts combine with ";":
//   <!-- doc-test: file=worker.ts -->              the block's file name: later blocks of the same
//                                                   page import it as './worker.ts' (a Wrangler
//                                                   configuration names it as its main)
//   <!-- doc-test: GET /pay?order=42 → 302 -->     a request for the block's Worker, and its status;
//                                                   `GET / without env → 500` sends it an empty env
//   <!-- doc-test: typecheck-only (reason) -->     type-checked, not run: only for a block that
//                                                   cannot run here, and it says why
//
// Running a block writes it under .tmp/doc-blocks/ with its `alipay-edge…` specifiers pointed at
// the source files (an import map, as deno.json's), so no bundler alias is needed for subpaths.
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { format } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type MockServer, startMockServer } from '../../mocks/server.ts';
import { SAMPLE_AUTH_TOKEN, generateKeyPair } from '../../mocks/index.ts';
import { commands } from '../../src/cli/main.ts';
import { cliRun } from '../support.ts';
import { DOCS, type Program, ROOT, at, collect, read, where } from './doc-blocks.ts';

/** The package's entries, from the one list (deno.json): specifier → source file. */
const ENTRIES: Record<string, string> = Object.fromEntries(
  Object.entries(JSON.parse(read('deno.json')).exports as Record<string, string>).map(([key, file]) => [key === '.' ? 'alipay-edge' : `alipay-edge/${key.slice(2)}`, at(file)]),
);

/** What `npx alipay-edge mock-gateway` writes to its --write-env file, and what the blocks read. */
const ENV_NAMES = ['ALIPAY_APP_ID', 'ALIPAY_PRIVATE_KEY', 'ALIPAY_PUBLIC_KEY', 'ALIPAY_GATEWAY', 'ALIPAY_ENDPOINT', 'ALIPAY_USER_TOKEN'] as const;

const { programs, configs, shell } = collect();

// ---- Type checking: one program for every block ---------------------------------------------

const BLOCKS_DIR = at('.tmp/doc-blocks');
const CHECK_DIR = join(BLOCKS_DIR, 'check');
const RUN_DIR = join(BLOCKS_DIR, 'run');
const pageDir = (doc: string) => doc.replace(/\.md$/, '').replaceAll('/', '-');

/** Deno's one global the blocks use (Deno's own check runs in test:deno; here it only has to exist). */
const DENO_SHIM = 'declare namespace Deno {\n  const env: { get(key: string): string | undefined };\n}\n';

function typeErrors(): string[] {
  rmSync(CHECK_DIR, { recursive: true, force: true });
  const files = programs.map((block) => {
    const file = join(CHECK_DIR, pageDir(block.doc), block.name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${block.code}\n`);
    return { file, block };
  });
  const shim = join(CHECK_DIR, 'deno-shim.d.ts');
  writeFileSync(shim, DENO_SHIM);
  const program = ts.createProgram({
    rootNames: [...files.map(({ file }) => file), shim],
    options: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      types: ['node'],
      typeRoots: [at('node_modules/@types')],
      strict: true,
      noUncheckedIndexedAccess: true,
      noImplicitOverride: true,
      allowImportingTsExtensions: true,
      isolatedModules: true,
      noEmit: true,
      skipLibCheck: true,
      allowJs: true,
      checkJs: false,
      paths: Object.fromEntries(Object.entries(ENTRIES).map(([specifier, file]) => [specifier, [file]])),
    },
  });
  const byFile = new Map(files.map(({ file, block }) => [resolve(file), block]));
  // Only the blocks' diagnostics: the sources are checked by `npm run typecheck` (and checking
  // them here would cost most of the time).
  const sources = program.getSourceFiles().filter((source) => byFile.has(resolve(source.fileName)));
  return [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...sources.flatMap((source) => [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)]),
  ]
    .map((d) => {
      const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
      if (!d.file || d.start === undefined) return message;
      const block = byFile.get(resolve(d.file.fileName))!;
      const { line } = d.file.getLineAndCharacterOfPosition(d.start);
      return `${block.doc}:${block.line + 1 + line}: TS${d.code}: ${message}`;
    });
}

// ---- Running -------------------------------------------------------------------------------

/** The block's source with `alipay-edge…` imports pointed at the source files. */
function runnable(code: string): string {
  return code.replace(/(\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*)(['"])(alipay-edge(?:\/[\w/-]+)?)\2/g, (match, lead: string, _quote: string, specifier: string) => {
    const file = ENTRIES[specifier];
    if (!file) throw new Error(`${specifier} is not an entry of the package (deno.json exports)`);
    return `${lead}${JSON.stringify(file)}`;
  });
}

function writeRunnable(block: Program): string {
  const file = join(RUN_DIR, pageDir(block.doc), block.name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${runnable(block.code)}\n`);
  return file;
}

/** Runs a CommonJS block: `require` of the package gives the source entry, anything else Node's. */
async function runCommonJs(block: Program, file: string): Promise<void> {
  const loaded = new Map<string, unknown>();
  for (const [, specifier] of block.code.matchAll(/\brequire\(\s*['"](alipay-edge(?:\/[\w/-]+)?)['"]\s*\)/g)) {
    const source = ENTRIES[specifier!];
    if (!source) throw new Error(`${specifier} is not an entry of the package (deno.json exports)`);
    loaded.set(specifier!, await import(pathToFileURL(source).href));
  }
  const nodeRequire = createRequire(file);
  const module = { exports: {} };
  const run = new Function('require', 'module', 'exports', '__filename', '__dirname', block.code) as (...args: unknown[]) => void;
  run((id: string) => (loaded.has(id) ? loaded.get(id) : nodeRequire(id)), module, module.exports, file, dirname(file));
}

type Worker = { fetch(request: Request, env: Record<string, string | undefined>): Promise<Response> };

// ---- The tests -----------------------------------------------------------------------------

describe('documentation code blocks', () => {
  let server: MockServer;

  beforeAll(async () => {
    const app = await generateKeyPair();
    server = await startMockServer({ appPublicKey: app.publicKey });
    const env: Record<(typeof ENV_NAMES)[number], string> = {
      ALIPAY_APP_ID: server.gateway.appId,
      ALIPAY_PRIVATE_KEY: app.privateKey,
      ALIPAY_PUBLIC_KEY: server.gateway.alipayPublicKey,
      ALIPAY_GATEWAY: server.gatewayUrl,
      ALIPAY_ENDPOINT: server.gatewayUrl.replace(/\/gateway\.do$/, ''),
      ALIPAY_USER_TOKEN: SAMPLE_AUTH_TOKEN,
    };
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    rmSync(RUN_DIR, { recursive: true, force: true });
  });

  afterAll(async () => {
    vi.unstubAllEnvs();
    await server?.close();
  });

  it(`every ts/js block type-checks (${programs.length} blocks, one program)`, () => {
    expect(programs.length).toBeGreaterThan(0);
    expect(typeErrors()).toEqual([]);
  }, 60_000);

  const runs = programs.filter((block) => !block.directive.typecheckOnly);
  it.each(runs.map((block) => [where(block), block] as const))('%s runs', async (_where, block) => {
    vi.resetModules();
    const file = writeRunnable(block);
    const logged: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void logged.push(format(...args)));
    if (/\bDeno\./.test(block.code)) vi.stubGlobal('Deno', { env: { get: (key: string) => process.env[key] } });
    try {
      if (block.kind === 'cjs') {
        if (block.output === undefined) throw new Error(`${where(block)}: a CommonJS block needs its output ("prints:") to know when it is done`);
        await runCommonJs(block, file);
        await vi.waitFor(() => expect(logged.join('\n')).toBe(block.output!.trim()), { timeout: 15_000 });
      } else {
        const module = (await import(pathToFileURL(file).href)) as { default?: Worker };
        if (block.kind === 'worker') {
          const env = Object.fromEntries(ENV_NAMES.map((name) => [name, process.env[name]]));
          for (const { method, path, status, withoutEnv } of block.directive.requests) {
            const response = await module.default!.fetch(new Request(new URL(path, 'https://worker.example'), { method }), withoutEnv ? {} : env);
            expect(response.status, `${method} ${path}: ${await response.clone().text()}`).toBe(status);
          }
        }
      }
    } finally {
      log.mockRestore();
      vi.unstubAllGlobals();
    }
    if (block.output !== undefined) expect(logged.join('\n')).toBe(block.output.trim());
  });

  const helps = new Map<string, Promise<Set<string>>>();
  const flagsOf = (command: string) => {
    let flags = helps.get(command);
    if (!flags) {
      flags = cliRun([command, '--help']).then(({ code, stdout }) => {
        expect(code).toBe(0);
        return new Set([...stdout.matchAll(/--[a-z][a-z0-9-]*/g)].map(([flag]) => flag).concat('--help', '-h'));
      });
      helps.set(command, flags);
    }
    return flags;
  };
  const scripts = JSON.parse(read('package.json')).scripts as Record<string, string>;

  it.each(shell.map((line) => [`${line.doc}:${line.line}`, line] as const))('%s: the command exists, with flags its --help lists', async (_where, { text }) => {
    for (const words of commandsOf(text)) {
      if (words[0] === 'npx' && words[1] === 'alipay-edge') {
        const command = words[2];
        if (command === undefined || command === '--help' || command === '-h') continue;
        expect(Object.keys(commands), `npx alipay-edge ${command}`).toContain(command);
        const known = await flagsOf(command);
        for (const word of words.slice(3).filter((w) => w.startsWith('-'))) {
          expect(known.has(word.replace(/=.*$/, '')), `alipay-edge ${command} --help does not list ${word}`).toBe(true);
        }
      } else if (words[0] === 'npm' && words[1] === 'run') {
        expect(Object.keys(scripts), `npm run ${words[2]}`).toContain(words[2]);
      } else if (words[0] === 'npm' && words[1] === 'test') {
        expect(scripts.test).toBeDefined();
      }
    }
  });
});

/** The simple commands of a shell line, as words (quotes removed; `&&`, `||`, `;`, `|` separate; `#` comments). */
function commandsOf(line: string): string[][] {
  const result: string[][] = [[]];
  let word: string | undefined;
  const end = () => {
    if (word !== undefined) result.at(-1)!.push(word);
    word = undefined;
  };
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === "'" || c === '"') {
      const close = line.indexOf(c, i + 1);
      if (close < 0) throw new Error(`unbalanced quote in ${line}`);
      word = (word ?? '') + line.slice(i + 1, close);
      i = close;
    } else if (/\s/.test(c)) end();
    else if (c === '#' && word === undefined) break;
    else if (c === ';' || c === '|' || c === '&') {
      end();
      if (line[i + 1] === c) i++;
      result.push([]);
    } else word = (word ?? '') + c;
  }
  end();
  return result.filter((words) => words.length > 0);
}

// ---- The pages themselves ------------------------------------------------------------------

describe('documentation pages', () => {
  it('README.md is the front door: at most 15,000 bytes, and it names the test command CI runs', () => {
    expect(statSync(at('README.md')).size).toBeLessThanOrEqual(15_000);
    expect(read('README.md')).toMatch(/`npm test`/);
  });

  it('every relative link resolves, anchors included (docs/benchmarks.md may not be written yet: npm run bench writes it)', () => {
    /** GitHub's anchors of a page's headings (outside code blocks). */
    const anchors = (path: string) =>
      new Set(
        read(path)
          .replace(/^```[\s\S]*?^```/gm, '')
          .split('\n')
          .filter((line) => /^#{1,6} /.test(line))
          .map((line) => line.replace(/^#+ /, '').trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-')),
      );
    const broken: string[] = [];
    for (const doc of DOCS) {
      for (const [, target] of read(doc).matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/i.test(target!)) continue;
        const [file, anchor] = target!.split('#') as [string, string | undefined];
        const path = file === '' ? doc : relative(ROOT, resolve(dirname(at(doc)), file));
        if (!existsSync(at(path))) {
          if (path !== 'docs/benchmarks.md') broken.push(`${doc}: ${target}`);
        } else if (anchor !== undefined && !anchors(path).has(anchor)) broken.push(`${doc}: ${target} (no such heading)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('every Wrangler configuration names a Worker block of its page, a date the tested workerd supports, and no nodejs_compat', () => {
    const wrangler = configs.filter((config) => typeof config.value === 'object' && config.value !== null && ('main' in config.value || 'compatibility_date' in config.value));
    expect(wrangler.length).toBeGreaterThan(0); // the README's Worker quick start has one
    // workerd 1.YYYYMMDD.n supports compatibility dates up to its own.
    const [, ymd] = /^1\.(\d{8})\./.exec(JSON.parse(read('node_modules/workerd/package.json')).version)!;
    const newest = `${ymd!.slice(0, 4)}-${ymd!.slice(4, 6)}-${ymd!.slice(6)}`;
    for (const config of wrangler) {
      const value = config.value as { name?: unknown; main?: unknown; compatibility_date?: unknown; compatibility_flags?: unknown };
      const workers = programs.filter((block) => block.doc === config.doc && block.kind === 'worker').map((block) => block.name);
      expect(workers, `${where(config)}: main ${String(value.main)}`).toContain(value.main);
      expect(value.name, `${where(config)}: name`).toMatch(/^[a-z0-9][a-z0-9-]*$/);
      expect(value.compatibility_date, `${where(config)}: compatibility_date`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const date = String(value.compatibility_date);
      expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10), `${where(config)}: a real date`).toBe(date);
      expect(date <= newest, `${where(config)}: ${date} is later than the tested workerd's ${newest}`).toBe(true);
      expect(JSON.stringify(value.compatibility_flags ?? []), `${where(config)}: the library needs no nodejs_compat`).not.toMatch(/nodejs_compat/);
    }
  });

  it('docs/errors.md explains every error code the library raises', () => {
    const codes = [...read('src/errors.ts').matchAll(/\|\s*'(ERR_[A-Z_]+)'/g)].map(([, code]) => code!);
    expect(codes.length).toBeGreaterThan(10);
    const page = read('docs/errors.md');
    expect(codes.filter((code) => !page.includes(`\`${code}\``))).toEqual([]);
  });

  it('docs/cli.md shows every command', () => {
    const shown = new Set(shell.filter((line) => line.doc === 'docs/cli.md').flatMap((line) => commandsOf(line.text)).filter((w) => w[0] === 'npx' && w[1] === 'alipay-edge').map((w) => w[2]));
    expect(Object.keys(commands).filter((command) => !shown.has(command))).toEqual([]);
  });

  it('docs/card-journey.md shows the runnable journey (test/runtime/examples/journey.ts) verbatim', () => {
    const example = read('test/runtime/examples/journey.ts').trim();
    expect(read('docs/card-journey.md')).toContain(`\`\`\`ts\n${example}\n\`\`\``);
  });
});
