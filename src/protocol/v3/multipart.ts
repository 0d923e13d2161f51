// The multipart body of a v3 upload, written byte for byte: a `data` part (the JSON of the
// request's fields, which is what is signed as the body line) and the file part, unsigned.
import { utf8 } from '../../encoding/base64.ts';
import { AlipayError } from '../../errors.ts';
import { expectString, fieldsOf, isInstance } from '../../guard.ts';

const TYPES: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', bmp: 'image/bmp', mp4: 'video/mp4' };

/**
 * A file part: its field name, file name and content.
 *
 * @example
 * ```ts
 * const part: FilePart = { field: 'image_content', name: 'logo.png', content: new Blob([bytes]) };
 * ```
 */
export interface FilePart {
  field: string;
  name: string;
  content: Blob;
}

/** An array (a revoked proxy is none). */
const isArrayOf = (value: unknown): value is readonly FilePart[] => {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
};

/**
 * `multipart/form-data` with the JSON `data` part first (when there is one), then the files (no
 * content type for an extension it does not know, like the official SDK).
 *
 * @example
 * ```ts
 * const { body, contentType } = await encodeV3Multipart('{"image_type":"png"}', { field: 'image_content', name: 'logo.png', content: blob });
 * ```
 */
export async function encodeV3Multipart(data: string | undefined, files: FilePart | readonly FilePart[]): Promise<{ body: Uint8Array; contentType: string }> {
  if (data !== undefined) expectString(data, 'data');
  if (files === undefined) throw new AlipayError('ERR_REQUEST_INVALID', 'file must be an object.', { path: 'file' });
  const parts = isArrayOf(files) ? [...files] : [files as FilePart];
  // Read once: the parts written are the parts checked.
  const checked = parts.map((file, i) => {
    const where = parts.length === 1 ? 'file' : `files[${i}]`;
    const { field, name, content } = fieldsOf(file, ['field', 'name', 'content'], where);
    if (!isInstance(content, Blob)) throw new AlipayError('ERR_REQUEST_INVALID', `${where}.content must be a Blob.`, { path: `${where}.content` });
    return { field: expectString(field, `${where}.field`), name: expectString(name, `${where}.name`), content };
  });
  const boundary = `--------------------------${Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('')}`;
  // A quote or line break in a name would end the header: percent-encode them, as browsers do.
  const quoted = (text: string) => text.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const chunks: Uint8Array[] = [];
  if (data !== undefined) chunks.push(utf8.encode(`--${boundary}\r\nContent-Disposition: form-data; name="data"\r\nContent-Type: application/json\r\n\r\n${data}\r\n`));
  for (const file of checked) {
    const extension = file.name.slice(file.name.lastIndexOf('.') + 1).toLowerCase();
    const type = Object.hasOwn(TYPES, extension) ? TYPES[extension] : undefined;
    chunks.push(utf8.encode(`--${boundary}\r\nContent-Disposition: form-data; name="${quoted(file.field)}"; filename="${quoted(file.name)}"\r\n${type ? `Content-Type: ${type}\r\n` : ''}\r\n`));
    // The platform's own read of the Blob: a subclass's arrayBuffer is not asked.
    chunks.push(new Uint8Array(await Blob.prototype.arrayBuffer.call(file.content)));
    chunks.push(utf8.encode('\r\n'));
  }
  chunks.push(utf8.encode(`--${boundary}--\r\n`));
  const body = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}
