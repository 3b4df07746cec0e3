import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface MoreArticlesProps {
  /** Other articles of the page's edition, each headline with its address. */
  links: { id: string; headline: string; path: string }[];
}

/** Links to other articles at an article's end; nothing at all when there are none. */
export function MoreArticles({ links }: MoreArticlesProps) {
  const { t } = useTranslation();
  if (links.length === 0) return null;
  return (
    <nav className="more-articles" aria-labelledby="more-articles">
      <h2 id="more-articles" className="more-articles__title">
        {t('front.more')}
      </h2>
      <ul className="more-articles__list">
        {links.map(({ id, headline, path }) => (
          <li key={id}>
            <Link to={path}>{headline}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
