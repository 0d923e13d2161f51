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

/** How to write a multi-line PEM where only one line is read. */
const writeItSo = (name: string, label: string) =>
  `write the value in double quotes in the .env file (${variableOf(name)}="-----BEGIN ${label}-----\\n…\\n-----END ${label}-----", one line with \\n, or the lines between the quotes), or give the base64 between the armour lines on one line`;

/**
 * Reads a key text into bytes.
 *
 * @param decode strict base64 to bytes, `undefined` when not base64.
 */
export function readKeyText(text: string, name: string, decode: (base64: string) => Uint8Array | undefined): KeyText {
  const blank = (part: string) => part.replace(ESCAPED_BREAKS, '').replace(/\s+/g, '');
  if (blank(text) === '') return { reason: `it is empty (a variable set to nothing, such as ${variableOf(name)}= in a .env file, or one that is not set?): give the key's text` };
  if (/^\s*["'`]|["'`]\s*$/.test(text)) return { reason: 'it starts or ends with a quote: it was copied with its quotes (from a .env line or a JSON file?). Remove them' };
  if (text.replace(ESCAPED_BREAKS, '').includes('\\')) return { reason: 'it holds backslashes (line breaks escaped twice, as \\\\n?): write each line break as a real one or as \\n' };
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
  const label = (begins[0] ?? ends[0])![2]!;
  if (begins.length > 1 || ends.length > 1) return `it holds ${Math.max(begins.length, ends.length)} PEM blocks (BEGIN … END): give one key only`;
  const begin = begins[0];
  const end = ends[0];
  const inner = (from: number, to: number) => blank(text.slice(from, to));
  if (begin && !end) {
    if (inner(begin.index + begin[0].length, text.length) === '') {
      return `only its first line was read: "-----BEGIN ${label}-----" and nothing after it. A multi-line PEM in an unquoted .env value keeps only its first line: ${writeItSo(name, label)}`;
    }
    return `it has a BEGIN line but no "-----END ${label}-----" line: it was cut off when copied? Copy the whole key, from BEGIN to END`;
  }
  if (end && !begin) return `it has an END line but no "-----BEGIN ${label}-----" line: its start was lost when copied? Copy the whole key, from BEGIN to END`;
  if (begin && end) {
    if (end.index < begin.index) return 'its END line comes before its BEGIN line (lines pasted in the wrong order?): copy the whole key again, from BEGIN to END';
    if (inner(begin.index + begin[0].length, end.index) === '') return `it has its BEGIN and END lines but nothing between them: the key's base64 lines are missing. Copy the whole key, from BEGIN to END`;
    if (inner(0, begin.index) !== '' || inner(end.index + end[0].length, text.length) !== '') {
      return 'it has text before its BEGIN line or after its END line (openssl\'s "Bag Attributes"?): keep only the lines from BEGIN to END';
    }
  }
  return undefined;
}

/** Why a body is not base64, without showing it. */
function notBase64(body: string, text: string): string {
  if (/^[\w.~/\\:-]+\.(?:pem|key|txt|crt|cer|der)$/i.test(text.trim())) {
    return `it is not PEM or base64 text: it looks like a file name (${JSON.stringify(text.trim())}). Give the key's text, not its path: read the file first (readFileSync(path, 'utf8'), Deno.readTextFile…)`;
  }
  if (!/^[A-Za-z0-9+/=]*$/.test(body)) return 'it is not PEM or base64 text: it holds characters that base64 does not use (only A–Z, a–z, 0–9, +, / and = can be a key)';
  if (body.length < 200) return `it is not PEM or base64 text of a key: ${body.length} characters are far too few (an RSA-2048 private key is about 1,600, a public key about 400)`;
  return `it is not PEM or base64 text: its base64 (${body.length} characters) is incomplete or mis-padded: part of the key is missing (cut off when copied?). Copy the whole key again`;
}
