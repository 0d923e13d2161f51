// Reading answer JSON exactly as it was signed. JSON.parse keeps the last of a repeated key, so
// `{"code":"40004",…,"code":"10000"}` would read as a success while the signed text also says
// 40004: which value was meant cannot be told, so a repeated key (at any depth, inside arrays too,
// compared after unescaping) is refused. The check costs one pass over the text, not a second
// parse: the members in the text (its strings followed by a colon, found with indexOf) are counted
// against the keys of the parsed tree; a v2 node's members are counted by the span scan that walks
// it anyway (json-span.ts), so there the check costs only the walk of the parsed tree. They differ only when a key repeats; only then is the text
// scanned again, to name the key and where it is. Every loop is flat (no recursion per level).
import { AlipayError } from '../errors.ts';

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

function malformed(reason: string): AlipayError {
  return new AlipayError('ERR_RESPONSE_MALFORMED', `The gateway answer is not well-formed: ${reason}.`);
}

/** From an opening quote to just past its closing quote, honouring backslash escapes. */
export function skipString(text: string, i: number): number {
  let from = i + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) throw malformed('a string is not terminated');
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

/**
 * The JSON of `text`, with no key repeated in any object; `what` names the text in messages
 * (`'the response node'`).
 *
 * @throws AlipayError `ERR_RESPONSE_MALFORMED` for text that is not JSON, or a repeated key (named,
 * with where it is).
 */
export function parseJsonStrict(text: string, what: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // No excerpt: a node may hold tokens.
    throw malformed(`${what} is not valid JSON`);
  }
  refuseRepeatedKeys(text, value, what);
  return value;
}

/**
 * Refuses a repeated key in `text`, the JSON text `value` was parsed from.
 *
 * @throws AlipayError `ERR_RESPONSE_MALFORMED` naming the key and where it is.
 */
export function refuseRepeatedKeys(text: string, value: unknown, what: string): void {
  if (typeof value !== 'object' || value === null) return;
  let members: number;
  if (remembered?.text === text) {
    members = remembered.members;
    remembered = undefined; // used once; the text is not kept alive
  } else members = memberCount(text);
  if (members === keyCount(value)) return;
  const repeated = findRepeatedKey(text);
  // The counts differ only when a key repeats: refused even if the scan could not name it.
  throw malformed(repeated ? `${what} has the key ${JSON.stringify(repeated.key)} twice ${repeated.at}` : `${what} has a repeated key`);
}

/** The members of the last text counted by a scan that walked it anyway (a v2 answer's node). */
let remembered: { text: string; members: number } | undefined;

/**
 * Records the members of `text` (its colons outside strings), counted by a scan that walked it
 * anyway: parsing that very text then needs no second pass. One entry: any other text is counted.
 */
export function rememberMembers(text: string, members: number): void {
  remembered = { text, members };
}

/**
 * The members of valid JSON text: its strings followed by a colon (the keys). Strings are skipped
 * with indexOf, so the cost is a few native calls per string, not a step per character.
 */
export function memberCount(text: string): number {
  let count = 0;
  for (let quote = text.indexOf('"'); quote >= 0; ) {
    let next = skipString(text, quote);
    let c = text.charCodeAt(next);
    while (WS.has(c)) c = text.charCodeAt(++next);
    if (c === 0x3a) count++;
    quote = text.indexOf('"', next);
  }
  return count;
}

/** Whether some code made a property of Object.prototype enumerable: `for…in` would list it too. */
function prototypeEnumerates(): boolean {
  for (const _ in {}) return true;
  return false;
}

/** The own keys of every object in a parsed tree (JSON.parse makes only own enumerable data properties). */
export function keyCount(root: object): number {
  let count = 0;
  const pending: object[] = [root];
  // for…in is the fastest walk of parsed objects; Object.keys stands in if the prototype enumerates.
  const own = prototypeEnumerates();
  while (pending.length > 0) {
    const value = pending.pop() as Record<string, unknown>;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const child: unknown = value[i];
        if (typeof child === 'object' && child !== null) pending.push(child);
      }
      continue;
    }
    if (own) {
      for (const key of Object.keys(value)) {
        count++;
        const child = value[key];
        if (typeof child === 'object' && child !== null) pending.push(child);
      }
      continue;
    }
    for (const key in value) {
      count++;
      const child = value[key];
      if (typeof child === 'object' && child !== null) pending.push(child);
    }
  }
  return count;
}

/** An open object or array during the naming scan. */
interface Frame {
  /** Where it sits: `` at the top, `.name`, `["odd name"]` or `[3]` below. */
  segment: string;
  /** An object's keys so far (after unescaping). */
  keys?: Set<string>;
  /** An object's last key, or an array's current index. */
  member: string;
  index: number;
}

const PLAIN = /^[A-Za-z_$][\w$]*$/;

function segmentIn(parent: Frame | undefined): string {
  if (!parent) return '';
  if (!parent.keys) return `[${parent.index}]`;
  return PLAIN.test(parent.member) ? `.${parent.member}` : `[${JSON.stringify(parent.member)}]`;
}

/** The first repeated key of valid JSON text and where: one pass, a Set per open object. */
export function findRepeatedKey(text: string): { key: string; at: string } | undefined {
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    if (c === 0x22) {
      const end = skipString(text, i);
      let next = end;
      while (WS.has(text.charCodeAt(next))) next++;
      if (top?.keys && text.charCodeAt(next) === 0x3a) {
        const raw = text.slice(i + 1, end - 1);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end)) as string) : raw;
        if (top.keys.has(key)) {
          const path = stack.map((frame) => frame.segment).join('').replace(/^\./, '');
          // A path thousands of levels deep is shortened to its ends.
          const shown = path.length > 120 ? `${path.slice(0, 60)}…${path.slice(-60)}` : path;
          return { key, at: path === '' ? 'at the top level' : `in the object at ${shown}` };
        }
        top.keys.add(key);
        top.member = key;
        i = next + 1;
      } else i = end;
      continue;
    }
    if (c === 0x7b || c === 0x5b) stack.push({ segment: segmentIn(top), ...(c === 0x7b && { keys: new Set<string>() }), member: '', index: 0 });
    else if (c === 0x7d || c === 0x5d) stack.pop();
    else if (c === 0x2c && top && !top.keys) top.index++;
    i++;
  }
  return undefined;
}
