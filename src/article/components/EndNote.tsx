import { useTranslation } from 'react-i18next';
import { editorsNoteId } from '../model/editorial';

/** The editor's note; the marker under the headline links here by its id. */
export function EndNote({ sentences }: { sentences: readonly string[] }) {
  const { t } = useTranslation();
  return (
    // tabIndex -1: the marker's link moves keyboard focus here (see EditorialMarker).
    <aside id={editorsNoteId} className="end-note" aria-labelledby="end-note-title" tabIndex={-1}>
      <h2 id="end-note-title" className="end-note__title">
        {t('article.editorialNote')}
      </h2>
      <p>{sentences.join(' ')}</p>
    </aside>
  );
}
