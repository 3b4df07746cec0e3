import { useTranslation } from 'react-i18next';

export function EndNote({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <aside className="end-note" aria-labelledby="end-note-title">
      <h2 id="end-note-title" className="end-note__title">
        {t('article.editorialNote')}
      </h2>
      <p>{text}</p>
    </aside>
  );
}
