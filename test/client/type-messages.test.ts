// A typo in a known method's request or result is a compile error that names the field (not
// "… is not assignable to parameter of type 'never'"): snippets compiled with the TypeScript API.
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

const CASES: Array<[string, string, RegExp | undefined]> = [
  ['a misspelt request field', `await alipay.execute('alipay.marketing.card.query', { target_card_no_type: 'BIZ_CARD', target_card_no: '1', card_user_inf: {} });`, /'card_user_inf' does not exist[\s\S]*Did you mean to write 'card_user_info'/],
  ['a wrong literal', `await alipay.execute('alipay.marketing.card.query', { target_card_no_type: 'BIZ', target_card_no: '1' });`, /Type '"BIZ"' is not assignable to type '"BIZ_CARD" \| "D_QR_CODE" \| "D_BAR_CODE"'/],
  ['a misspelt result field', `const card = await alipay.execute('alipay.marketing.card.query', { target_card_no_type: 'BIZ_CARD', target_card_no: '1' }); void card.card_info.balanse;`, /Property 'balanse' does not exist[\s\S]*Did you mean 'balance'/],
  ['a missing required field', `await alipay.execute('alipay.marketing.card.query', { target_card_no_type: 'BIZ_CARD' });`, /Property 'target_card_no' is missing/],
  ['a correct call', `const card = await alipay.execute('alipay.marketing.card.query', { target_card_no_type: 'BIZ_CARD', target_card_no: '1' }); void card.card_info.balance;`, undefined],
];

/** The compiler's messages for each case (one line each, in one program: compiled once). */
function diagnosticsByLine(): Map<number, string[]> {
  const file = `${root}src/__typo_check__.ts`;
  const source = `import type { AlipayClient } from './index.ts';\ndeclare const alipay: AlipayClient;\n${CASES.map(([, snippet], i) => `export async function case${i}() { ${snippet} }`).join('\n')}\n`;
  const options: ts.CompilerOptions = { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, allowImportingTsExtensions: true, noEmit: true, skipLibCheck: true, types: [], lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'] };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => (name === file ? source : readFile(name));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === file || fileExists(name);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version) => (name === file ? ts.createSourceFile(name, source, version) : getSourceFile(name, version));
  const program = ts.createProgram([file], options, host);
  const byLine = new Map<number, string[]>();
  for (const d of ts.getPreEmitDiagnostics(program, program.getSourceFile(file))) {
    const line = d.file!.getLineAndCharacterOfPosition(d.start!).line - 2; // the case's index
    byLine.set(line, [...(byLine.get(line) ?? []), ts.flattenDiagnosticMessageText(d.messageText, '\n')]);
  }
  return byLine;
}

describe('type errors name the field', () => {
  const byLine = diagnosticsByLine();

  it.each(CASES.map(([name, , message], i) => [name, i, message] as const))('%s', (_name, i, message) => {
    const messages = byLine.get(i) ?? [];
    if (message === undefined) {
      expect(messages).toEqual([]);
      return;
    }
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(message);
    expect(messages[0]).not.toMatch(/type 'never'/);
  });
});
