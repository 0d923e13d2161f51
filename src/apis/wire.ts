// Request placements other than the usual biz_content: top-level parameters (OAuth) and a file
// part (image upload). Apart from definition.ts because only on-demand APIs use them.
import type { WireRequest } from './definition.ts';

/** Every field a top-level parameter, signed (OAuth's `grant_type` and `code`). */
export const asParams = (request: unknown): WireRequest => ({ params: stringFields(request) });

/** Top-level parameters plus one unsigned file part (image upload). */
export function multipart(field: string, defaultName: (fields: Record<string, string>) => string): (request: unknown) => WireRequest {
  return (request: unknown): WireRequest => {
    const { [field]: content, file_name, ...rest } = request as Record<string, unknown>;
    const params = stringFields(rest);
    const blob = content instanceof Blob ? content : new Blob([content as Uint8Array<ArrayBuffer>]);
    return { params, file: { field, name: typeof file_name === 'string' ? file_name : defaultName(params), content: blob } };
  };
}

function stringFields(request: unknown): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(request as Record<string, unknown>)) if (value !== undefined) params[key] = String(value);
  return params;
}
