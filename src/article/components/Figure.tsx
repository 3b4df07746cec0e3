import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isPlainClick } from '../../shared/is-plain-click';
import { useOpenPhoto } from '../lightbox/lightbox-context';
import { imageFor } from '../picture/image-store';
import { imageKey } from '../model/image-key';
import { Picture } from '../picture/Picture';
import type { ArticleFigure } from '../model/schema';

interface FigureProps {
  /** The figure's id, shared by both editions: a reading position can be kept on it. */
  id: string;
  articleId: string;
  figure: ArticleFigure;
  /** The lead photo, under the headline (styled apart). */
  lead?: boolean;
  /** In view when the page opens, likely its largest paint: load it first, never lazily. */
  priority?: boolean;
  /** More of the caption: the parallel view's translated caption, in its own language. */
  children?: ReactNode;
}

// The text column is at most 42rem wide; on narrower screens the image spans the viewport
// less the page gutters.
const sizes = '(min-width: 46rem) 42rem, calc(100vw - 2rem)';

export function Figure({
  id,
  articleId,
  figure,
  lead = false,
  priority = false,
  children,
}: FigureProps) {
  const { t, i18n } = useTranslation();
  const openPhoto = useOpenPhoto();
  const image = imageFor(imageKey(articleId, figure.image));
  const creditLang =
    figure.creditLang !== undefined && figure.creditLang !== i18n.language
      ? figure.creditLang
      : undefined;
  return (
    <figure className={lead ? 'figure figure--lead' : 'figure'} data-block={id}>
      {image && (
        // Without JavaScript the link opens the full-size image; with it, the lightbox.
        <a
          className="figure__zoom"
          href={image.src}
          onClick={(event) => {
            if (!openPhoto || !isPlainClick(event)) return;
            event.preventDefault();
            openPhoto(id);
          }}
        >
          <Picture
            image={image}
            alt={figure.alt}
            sizes={sizes}
            load={priority ? 'first' : 'lazy'}
          />
          <span className="visually-hidden"> {t('lightbox.open')}</span>
        </a>
      )}
      <figcaption>
        <span className="visually-hidden">{t('figure.captionPrefix')} </span>
        {figure.caption}
        {figure.credit !== undefined && (
          <>
            {' '}
            <span className="figure__credit">
              <span className="visually-hidden">{t('figure.creditPrefix')} </span>
              <span lang={creditLang}>{figure.credit}</span>
            </span>
          </>
        )}
        {children}
      </figcaption>
    </figure>
  );
}
