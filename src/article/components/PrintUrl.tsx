import { useTranslation } from 'react-i18next';
import { useHydrated } from '../../shared/use-hydrated';

/**
 * The article's address under the headline, shown only in print. Prerendered with the path; made
 * absolute after hydration, when the origin the page is read on is known.
 */
export function PrintUrl({ path }: { path: string }) {
  const { t } = useTranslation();
  const hydrated = useHydrated();
  const url = hydrated ? new URL(path, window.location.origin).href : path;
  return (
    <p className="print-url">
      {t('article.printedFrom')} {url}
    </p>
  );
}
