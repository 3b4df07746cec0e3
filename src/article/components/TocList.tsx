import { useTranslation } from 'react-i18next';
import { isPlainClick } from '../../shared/is-plain-click';
import type { TocEntry } from '../model/toc';

export interface TocListProps {
  entries: readonly TocEntry[];
  active?: string;
  hrefFor: (id: string) => string;
  /** Called for a plain click; modified clicks (new tab, new window) are left to the browser. */
  onSelect: (id: string) => void;
}

/** The entries as real links to each section's own URL, so they work without JavaScript too. */
export function TocList({ entries, active, hrefFor, onSelect }: TocListProps) {
  const { t } = useTranslation();
  return (
    <ol className="toc-list">
      {entries.map((entry) => (
        <li key={entry.id}>
          <a
            className="toc-list__link"
            href={hrefFor(entry.id)}
            aria-current={entry.id === active ? 'location' : undefined}
            onClick={(event) => {
              if (!isPlainClick(event)) return;
              event.preventDefault();
              onSelect(entry.id);
            }}
          >
            <span className="toc-list__title">{entry.title}</span>
            <span className="toc-list__time">{t('toc.minutes', { count: entry.minutes })}</span>
          </a>
        </li>
      ))}
    </ol>
  );
}
