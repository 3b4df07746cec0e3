import type { ImgHTMLAttributes } from 'react';
import type { ResponsiveImage } from './responsive-image';

/**
 * How the photo loads:
 * - `first`: in view when the page opens, likely its largest paint: fetched first, never lazily;
 * - `lazy`: further down: fetched as it nears the viewport, decoded off the main thread;
 * - `eager`: shown because the reader asked for it (the lightbox): the browser's defaults.
 */
export type PictureLoad = 'first' | 'lazy' | 'eager';

const loadingAttributes: Record<
  PictureLoad,
  Pick<ImgHTMLAttributes<HTMLImageElement>, 'loading' | 'fetchPriority' | 'decoding'>
> = {
  first: { loading: 'eager', fetchPriority: 'high', decoding: 'auto' },
  lazy: { loading: 'lazy', fetchPriority: 'auto', decoding: 'async' },
  eager: {},
};

export interface PictureProps {
  image: ResponsiveImage;
  alt: string;
  /** How wide the photo is laid out, as the `sizes` attribute says it. */
  sizes: string;
  load: PictureLoad;
}

/**
 * A content photo as `<picture>`: AVIF and WebP as `<source>`s, the JPEG renditions on the `<img>`
 * itself (its `srcset`, and the largest as `src` for browsers without `srcset`), with the
 * intrinsic size so the layout does not shift while it loads.
 */
export function Picture({ image, alt, sizes, load }: PictureProps) {
  const { loading, fetchPriority, decoding } = loadingAttributes[load];
  return (
    <picture>
      {image.sources
        .filter((source) => source.type !== 'image/jpeg')
        .map((source) => (
          <source key={source.type} type={source.type} srcSet={source.srcset} sizes={sizes} />
        ))}
      <img
        src={image.src}
        srcSet={image.sources.find((source) => source.type === 'image/jpeg')?.srcset}
        sizes={sizes}
        width={image.width}
        height={image.height}
        alt={alt}
        loading={loading}
        fetchPriority={fetchPriority}
        decoding={decoding}
      />
    </picture>
  );
}
