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

/**
 * `multipart/form-data` with the JSON `data` part first, then the file (no content type for an
 * extension it does not know, like the official SDK).
 *
 * @example
 * ```ts
 * const { body, contentType } = await encodeV3Multipart('{"image_type":"png"}', { field: 'image_content', name: 'logo.png', content: blob });
 * ```
 */
export async function encodeV3Multipart(data: string, file: FilePart): Promise<{ body: Uint8Array; contentType: string }> {
  expectString(data, 'data');
  if (file === undefined) throw new AlipayError('ERR_REQUEST_INVALID', 'file must be an object.', { path: 'file' });
  // Read once: the part written is the part checked.
  const { field: givenField, name: givenName, content } = fieldsOf(file, ['field', 'name', 'content'], 'file');
  const field = expectString(givenField, 'file.field');
  const name = expectString(givenName, 'file.name');
  if (!isInstance(content, Blob)) throw new AlipayError('ERR_REQUEST_INVALID', 'file.content must be a Blob.', { path: 'file.content' });
  const boundary = `--------------------------${Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('')}`;
  // A quote or line break in a name would end the header: percent-encode them, as browsers do.
  const quoted = (text: string) => text.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  const type = Object.hasOwn(TYPES, extension) ? TYPES[extension] : undefined;
  const head = utf8.encode(
    `--${boundary}\r\nContent-Disposition: form-data; name="data"\r\nContent-Type: application/json\r\n\r\n${data}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="${quoted(field)}"; filename="${quoted(name)}"\r\n${type ? `Content-Type: ${type}\r\n` : ''}\r\n`,
  );
  // The platform's own read of the Blob: a subclass's arrayBuffer is not asked.
  const bytes = new Uint8Array(await Blob.prototype.arrayBuffer.call(content));
  const tail = utf8.encode(`\r\n--${boundary}--\r\n`);
  const body = new Uint8Array(head.length + bytes.length + tail.length);
  body.set(head, 0);
  body.set(bytes, head.length);
  body.set(tail, head.length + bytes.length);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}
