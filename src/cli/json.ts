// JSON given on the command line, with a refusal that says where it breaks and what was expected
// there. Engines' own messages differ (Node 20 gives no line, Bun no position) and some quote the
// text, which may hold a private key (--config): this finds the place itself and never shows the text.
import { UsageError } from './usage.ts';

/** The offset where `text` stops being JSON, and what was expected there; undefined when it is JSON. */
export function jsonErrorAt(text: string): { at: number; expected: string } | undefined {
  let i = 0;
  const stop = (expected: string): never => {
    throw { at: i, expected };
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const string = () => {
    i++;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') return void i++;
      if (c < ' ') stop('no line break or control character inside a string (write it as \\n)');
      if (c === '\\') {
        const escape = text[i + 1] ?? '';
        if (escape === 'u' ? !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)) : !'"\\/bfnrt'.includes(escape) || escape === '') stop('a valid escape (\\", \\\\, \\n, \\uXXXX…)');
        i += escape === 'u' ? 6 : 2;
        continue;
      }
      i++;
    }
    stop('the closing " of a string');
  };
  const value = (depth: number): void => {
    if (depth > 512) stop('less nesting');
    space();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      space();
      if (text[i] === close) return void i++;
      for (;;) {
        if (c === '{') {
          space();
          if (text[i] !== '"') stop('a property name in double quotes');
          string();
          space();
          if (text[i] !== ':') stop("':' after the property name");
          i++;
        }
        value(depth + 1);
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === close) return void i++;
        stop(`',' or '${close}' after ${c === '{' ? 'a property value' : 'an array element'}`);
      }
    }
    if (c === '"') return string();
    const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (number) return void (i += number[0].length);
    for (const word of ['true', 'false', 'null']) if (text.startsWith(word, i)) return void (i += word.length);
    stop(i >= text.length ? 'a value, but the text ended' : 'a value: an object, an array, a string in double quotes, a number, true, false or null');
  };
  try {
    value(0);
    space();
    if (i < text.length) stop('nothing after the JSON value');
    return undefined;
  } catch (err) {
    return err as { at: number; expected: string };
  }
}

/** JSON text given as `what`, parsed; a usage error says where it is not JSON. */
export function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const error = jsonErrorAt(text) ?? { at: 0, expected: 'JSON' };
    const before = text.slice(0, error.at);
    const line = before.split('\n').length;
    const column = error.at - before.lastIndexOf('\n');
    // A shell ate the double quotes of JSON typed without single quotes around it.
    const shell = !text.includes('"') && /[{[]/.test(text) ? ` It holds no double quote: did the shell remove them? Put the whole JSON in single quotes (${what} '{"key": "value"}').` : '';
    throw new UsageError(`${what} is not JSON: at line ${line}, column ${column}, expected ${error.expected}.${shell}`);
  }
}

/** JSON text given as `what` that must be an object. */
export function parseJsonObject(text: string, what: string): Record<string, unknown> {
  const parsed = parseJson(text, what);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new UsageError(`${what} must be a JSON object ({ … }), got ${parsed === null ? 'null' : Array.isArray(parsed) ? 'an array' : `a ${typeof parsed}`}.`);
  }
  return parsed as Record<string, unknown>;
}
