// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `SearchBoxActivityVideoInfo`, a model of Alipay's v3 description (in `alipay.open.search.boxactivity.apply`, `alipay.open.search.boxactivity.query`).
 *
 * @example
 * ```ts
 * const value: SearchBoxActivityVideoInfo = { video_btn_text: '…', video_coverimg_id: '…' };
 * ```
 */
export interface SearchBoxActivityVideoInfo {
  video_btn_text?: string;
  video_coverimg_id?: string;
  video_sub_title?: string;
  video_title?: string;
}
export const SearchBoxActivityVideoInfoShape = (): object => ({ video_btn_text: 0, video_coverimg_id: 0, video_sub_title: 0, video_title: 0 });
