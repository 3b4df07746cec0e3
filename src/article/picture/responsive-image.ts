/**
 * The build's renditions of one content image: one entry of `virtual:responsive-images` and of
 * each article's `virtual:article-images/<id>` (see `responsive-images-plugin.ts`). Shared by the
 * build plugin and app code; contains types only.
 */

export type ResponsiveImageType = 'image/avif' | 'image/webp' | 'image/jpeg';

export interface ResponsiveImageSource {
  type: ResponsiveImageType;
  /** `"url 480w, url 800w, …"`, ascending widths. */
  srcset: string;
}

export interface ResponsiveImage {
  /** Intrinsic width of the largest rendition (for the `width` attribute / aspect ratio). */
  width: number;
  /** Intrinsic height of the largest rendition. */
  height: number;
  /** URL of the largest JPEG rendition (fallback `<img src>`). */
  src: string;
  /** One entry per type, always in the order AVIF, WebP, JPEG. */
  sources: ResponsiveImageSource[];
  /** Open Graph / social preview image: 1200×630 JPEG, centred cover crop. */
  og: { src: string; width: 1200; height: 630 };
}
