// alipay.offline.material.image.upload — upload an image, get its image_id. A multipart request:
// the text params are signed, the file part is not (its API document).
import * as v from 'valibot';
import { type Known, gatewayFields } from './shared.ts';

// Every exported schema's type is written out, its entries in an `@inline` alias: see shared.ts.

/**
 * Most the gateway accepts for an image: 5 MiB.
 *
 * @example
 * ```ts
 * if (file.size > MAX_IMAGE_BYTES) throw new Error('too large');
 * ```
 */
export const MAX_IMAGE_BYTES = 5_242_880;

/** @inline */
type ImageUploadRequestEntries = {
  image_type: v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.MinLengthAction<string, 1, undefined>, v.MaxLengthAction<string, 8, undefined>]>;
  image_name: v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.MinLengthAction<string, 1, undefined>, v.MaxLengthAction<string, 128, undefined>]>;
  image_content: v.SchemaWithPipe<readonly [v.CustomSchema<Uint8Array | Blob, v.ErrorMessage<v.CustomIssue> | undefined>, v.CheckAction<Uint8Array | Blob, string>]>;
  image_pid: v.OptionalSchema<v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.MaxLengthAction<string, 16, undefined>]>, undefined>;
  file_name: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
};

/** @inline */
type ImageUploadFields = v.InferOutput<v.StrictObjectSchema<ImageUploadRequestEntries, undefined>>;
/**
 * What is sent: the fields, with the image as a `File` named `file_name` (default
 * `image_name.image_type`), so that v2 and v3 name the file part alike.
 *
 * @inline
 */
type ImageUploadWire = Omit<ImageUploadFields, 'file_name' | 'image_content'> & { image_content: File };

/**
 * Request of `alipay.offline.material.image.upload`: `image_content` is a `Blob` (a `File`) or
 * bytes; `file_name` names the file part (default `image_name.image_type`).
 *
 * @example
 * ```ts
 * const { image_id } = await alipay.execute('alipay.offline.material.image.upload', {
 *   image_type: 'png', image_name: 'logo', image_content: new Uint8Array(await file.arrayBuffer()),
 * });
 * ```
 */
export const ImageUploadRequestSchema: v.SchemaWithPipe<readonly [v.StrictObjectSchema<ImageUploadRequestEntries, undefined>, v.TransformAction<ImageUploadFields, ImageUploadWire>]> = v.pipe(
  v.strictObject({
    image_type: v.pipe(v.string(), v.minLength(1), v.maxLength(8)),
    image_name: v.pipe(v.string(), v.minLength(1), v.maxLength(128)),
    image_content: v.pipe(
      // One custom check rather than union(instance, blob): two schemas fewer in every bundle.
      v.custom<Uint8Array | Blob>((content) => content instanceof Uint8Array || content instanceof Blob, 'image_content must be a Uint8Array or a Blob'),
      v.check((content) => (content instanceof Uint8Array ? content.byteLength : content.size) <= MAX_IMAGE_BYTES, 'image_content is larger than 5 MiB'),
    ),
    image_pid: v.optional(v.pipe(v.string(), v.maxLength(16))),
    file_name: v.optional(v.string()),
  } satisfies ImageUploadRequestEntries),
  v.transform(({ file_name, image_content, ...fields }) => ({
    ...fields,
    image_content: new File([image_content as BlobPart], file_name ?? `${fields.image_name}.${fields.image_type}`),
  })),
);

/** @inline */
type ImageUploadResponseEntries = {
  image_id: v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.MaxLengthAction<string, 32, undefined>]>;
  image_url: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
} & typeof gatewayFields;

/**
 * Result of `alipay.offline.material.image.upload`.
 *
 * @example
 * ```ts
 * v.parse(ImageUploadResponseSchema, node).image_id;
 * ```
 */
export const ImageUploadResponseSchema: v.LooseObjectSchema<ImageUploadResponseEntries, undefined> = v.looseObject({
  ...gatewayFields,
  image_id: v.pipe(v.string(), v.maxLength(32)),
  image_url: v.optional(v.string()),
} satisfies ImageUploadResponseEntries);

/**
 * Request of `alipay.offline.material.image.upload`.
 *
 * @example
 * ```ts
 * const request: ImageUploadRequest = { image_type: 'png', image_name: 'logo', image_content: bytes };
 * ```
 */
export type ImageUploadRequest = Known<v.InferInput<typeof ImageUploadRequestSchema>>;
/**
 * Result of `alipay.offline.material.image.upload`.
 *
 * @example
 * ```ts
 * const { image_id }: ImageUploadResult = await alipay.execute('alipay.offline.material.image.upload', request);
 * ```
 */
export type ImageUploadResult = Known<v.InferOutput<typeof ImageUploadResponseSchema>>;
