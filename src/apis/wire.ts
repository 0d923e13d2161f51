// Request placements other than the usual biz_content: top-level parameters (OAuth) and a
// multipart upload (fields as parameters, files as parts). Apart from definition.ts because only
// on-demand and generated APIs use them.
import type { WireRequest } from './definition.ts';
import { toFilePart } from './route.ts';

/** A field as a parameter: text as it is, anything else as JSON. */
export const paramText = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/** Every field a top-level parameter, signed (OAuth's `grant_type` and `code`). */
export const asParams = (request: unknown): WireRequest => ({ params: stringFields(request) });

/** A multipart upload: its fields as signed parameters, the file fields as unsigned parts. */
export function multipartShape(files: readonly string[]): (request: unknown) => WireRequest {
  return (request) => {
    const fields = { ...(request as Record<string, unknown>) };
    const parts = files.filter((name) => fields[name] !== undefined).map((name) => toFilePart(name, fields[name]));
    for (const name of files) delete fields[name];
    return { params: stringFields(fields), ...(parts.length > 0 && { files: parts }) };
  };
}

function stringFields(request: unknown): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(request as Record<string, unknown>)) if (value !== undefined) params[key] = paramText(value);
  return params;
}
