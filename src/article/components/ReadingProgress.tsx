import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ReadingProgressProps {
  /** Id of the article element whose reading is measured. */
  articleId: string;
  totalMinutes: number;
}

/** How far through the article the reader is: 0 at its top, 1 when its end is in view. */
function measure(article: HTMLElement): number {
  const rect = article.getBoundingClientRect();
  const scrollable = rect.height - window.innerHeight;
  if (scrollable <= 0) return 1;
  return Math.min(1, Math.max(0, -rect.top / scrollable));
}

/**
 * A thin bar under the header, and the minutes left for screen readers. The bar follows every
 * frame; the announced value changes only when scrolling pauses, so it never chatters.
 */
export function ReadingProgress({ articleId, totalMinutes }: ReadingProgressProps) {
  const { t } = useTranslation();
  const barRef = useRef<HTMLDivElement>(null);
  const [settled, setSettled] = useState(0);

  useEffect(() => {
    const article = document.getElementById(articleId);
    if (!article) return;
    let frame = 0;
    let pause = 0;
    const update = () => {
      frame = 0;
      const progress = measure(article);
      barRef.current?.style.setProperty('--progress', String(progress));
      window.clearTimeout(pause);
      pause = window.setTimeout(() => setSettled(progress), 400);
    };
    const onScroll = () => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(pause);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
    };
  }, [articleId]);

  const percent = Math.round(settled * 100);
  const left = Math.ceil(totalMinutes * (1 - settled));
  return (
    <div
      ref={barRef}
      className="reading-progress"
      role="progressbar"
      aria-label={t('progress.label')}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={left > 0 ? t('progress.left', { count: left }) : t('progress.done')}
    >
      <div className="reading-progress__bar" />
    </div>
  );
}
