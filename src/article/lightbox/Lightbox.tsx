import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { imageFor } from '../picture/image-store';
import { imageKey } from '../model/image-key';
import type { ArticleFigure } from '../model/schema';
import { Picture } from '../picture/Picture';

export interface LightboxProps {
  articleId: string;
  figure: ArticleFigure;
  onClose: () => void;
}

/**
 * The photo, large, in a modal <dialog>: the browser traps focus in it, makes the page behind it
 * inert, closes it on Escape and gives focus back to the photo's link when it closes.
 */
export function Lightbox({ articleId, figure, onClose }: LightboxProps) {
  const { t, i18n } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const image = imageFor(imageKey(articleId, figure.image));

  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const closed = () => onCloseRef.current();
    dialog.addEventListener('close', closed);
    if (!dialog.open) dialog.showModal();
    return () => {
      // Unmounted by Back (the address no longer names the photo): close so focus returns to
      // where it was, without reporting a close the reader did not ask for.
      dialog.removeEventListener('close', closed);
      if (dialog.open) dialog.close();
    };
  }, []);

  const creditLang = figure.creditLang !== i18n.language ? figure.creditLang : undefined;
  return (
    <dialog
      ref={dialogRef}
      className="lightbox"
      aria-label={t('lightbox.label', { caption: figure.caption })}
    >
      <button type="button" className="lightbox__close" onClick={() => dialogRef.current?.close()}>
        {t('lightbox.close')}
      </button>
      <figure className="lightbox__figure">
        {image && <Picture image={image} alt={figure.alt} sizes="100vw" load="eager" />}
        <figcaption>
          {figure.caption}
          {figure.credit !== undefined && (
            <span className="lightbox__credit" lang={creditLang}>
              {figure.credit}
            </span>
          )}
        </figcaption>
      </figure>
    </dialog>
  );
}
