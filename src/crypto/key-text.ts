// A key's text to its DER bytes, as people paste keys: PEM or bare base64, one line or many,
// `\r\n`, the literal `\n` of an environment variable. When the text holds no key, the reason says
// what was read (nothing, one BEGIN line, an END before its BEGIN…) and how to write it, never any
// of the key's own characters.

/** The DER bytes of a key text, or why there are none. */
export type KeyText = { bytes: Uint8Array; reason?: undefined } | { bytes?: undefined; reason: string };

const ARMOUR = /-----(BEGIN|END) ([A-Z0-9 ]+)-----/g;
/** A key copied from a JSON file or a .env line often keeps its line breaks as a literal "\n". */
const ESCAPED_BREAKS = /\\r|\\n/g;

/** The environment variable a key usually comes from, for the hints. */
const variableOf = (name: string) => (name === 'privateKey' ? 'ALIPAY_PRIVATE_KEY' : name === 'alipayPublicKey' ? 'ALIPAY_PUBLIC_KEY' : 'THE_KEY');

const WHOLE = 'copy the whole key, BEGIN to END';

/**
 * Reads a key text into bytes.
 *
 * @param decode strict base64 to bytes, `undefined` when not base64.
 */
export function readKeyText(text: string, name: string, decode: (base64: string) => Uint8Array | undefined): KeyText {
  const blank = (part: string) => part.replace(ESCAPED_BREAKS, '').replace(/\s+/g, '');
  if (blank(text) === '') return { reason: `it is empty (${variableOf(name)}= in a .env file, or a variable not set?)` };
  if (/^\s*["'`]|["'`]\s*$/.test(text)) return { reason: 'it starts or ends with a quote: remove the quotes it was copied with' };
  if (text.replace(ESCAPED_BREAKS, '').includes('\\')) return { reason: 'it holds backslashes (\\\\n where \\n belongs?): write line breaks as real ones or as \\n' };
  const armour = [...text.matchAll(ARMOUR)];
  const armourReason = armour.length > 0 ? readArmour(text, armour, name, blank) : undefined;
  if (armourReason) return { reason: armourReason };
  const body = blank(text.replace(ARMOUR, ''));
  const bytes = decode(body);
  return bytes ? { bytes } : { reason: notBase64(body, text) };
}

/** What is wrong with the PEM lines, if anything. */
function readArmour(text: string, armour: RegExpExecArray[], name: string, blank: (part: string) => string): string | undefined {
  const begins = armour.filter((line) => line[1] === 'BEGIN');
  const ends = armour.filter((line) => line[1] === 'END');
  if (begins.length > 1 || ends.length > 1) return `it holds ${Math.max(begins.length, ends.length)} PEM blocks: give one key`;
  const [begin] = begins;
  const [end] = ends;
  const inner = (from: number, to: number) => blank(text.slice(from, to));
  if (begin && !end) {
    if (inner(begin.index + begin[0].length, text.length) !== '') return `it has no END line (cut off?): ${WHOLE}`;
    // Node, Deno and Wrangler read an unquoted .env value up to the end of its line.
    return `only its first line was read ("${begin[0]}"): an unquoted .env value keeps one line. Put it in double quotes (${variableOf(name)}="${begin[0]}\\n…"), on one line with \\n or on many, or give the base64 alone`;
  }
  if (!begin) return `it has no BEGIN line: ${WHOLE}`;
  if (end!.index < begin.index) return `its END line comes before its BEGIN line: ${WHOLE}`;
  if (inner(begin.index + begin[0].length, end!.index) === '') return `nothing is between its BEGIN and END lines: ${WHOLE}`;
  if (inner(0, begin.index) !== '' || inner(end!.index + end![0].length, text.length) !== '') return 'it has text outside its BEGIN and END lines: keep only those lines and what is between them';
  return undefined;
}

/** Why a body is not base64, without showing it. */
function notBase64(body: string, text: string): string {
  const what = 'it is not PEM or base64 text';
  if (/^[\w.~/\\:-]+\.(?:pem|key|txt|crt|cer|der)$/i.test(text.trim())) return `${what}: it looks like a file name (${JSON.stringify(text.trim())}); give the key's text, not its path`;
  if (!/^[A-Za-z0-9+/=]*$/.test(body)) return `${what}: it holds characters base64 does not use`;
  if (body.length < 200) return `${what} of a key: ${body.length} characters, far too few`;
  return `${what}: its base64 is cut off or mis-padded: ${WHOLE}`;
}
