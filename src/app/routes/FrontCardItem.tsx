import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FrontCard } from '../../article/model/front-card';
import { Picture, type PictureLoad } from '../../article/picture/Picture';
import type { Lang } from '../../i18n/languages';
import type { ResponsiveImage } from '../../article/picture/responsive-image';

// One column on a phone, two from 40rem, three from 64rem (front.css), inside a 72rem page.
const sizes = '(min-width: 64rem) 22rem, (min-width: 40rem) calc(50vw - 3rem), calc(100vw - 2rem)';

/** A date as the page's language writes it: "3. Dezember 2026", "3 December 2026". */
function formatDate(iso: string, lang: Lang): string {
  // Noon UTC, shown in UTC: a calendar date must not move a day in any reader's time zone.
  const date = new Date(`${iso}T12:00:00Z`);
  return new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(date);
}

interface FrontCardItemProps {
  card: FrontCard;
  /** The article's address in the page's language. */
  path: string;
  /** The renditions of the card's lead image (it comes with the front page's cards). */
  image?: ResponsiveImage;
  lang: Lang;
  load: PictureLoad;
}

/** One article on a front: its headline is the card's link and its accessible name. */
export function FrontCardItem({ card, path, image, lang, load }: FrontCardItemProps) {
  const { t } = useTranslation();
  const headingId = `card-${card.id}`;
  return (
    <article className="front-card" aria-labelledby={headingId}>
      {image && card.image && (
        <div className="front-card__image">
          <Picture image={image} alt={card.image.alt} sizes={sizes} load={load} />
        </div>
      )}
      <h2 className="front-card__headline" id={headingId}>
        <Link to={path}>{card.headline}</Link>
      </h2>
      {card.standfirst !== undefined && <p className="front-card__standfirst">{card.standfirst}</p>}
      <p className="front-card__meta">
        {card.published !== undefined && (
          <>
            <time dateTime={card.published}>{formatDate(card.published, lang)}</time>
            {' · '}
          </>
        )}
        <span>{t('article.readingTime', { count: card.minutes })}</span>
      </p>
    </article>
  );
}
