import type { KeyboardEvent, MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface ViewToggleProps {
  /** Both editions are shown: the control is on, and leads back to the single view. */
  parallel: boolean;
  /** The same place in the other view. */
  to: string;
  onIntent?: () => void;
  onClick?: (event: MouseEvent<HTMLAnchorElement>) => void;
}

/**
 * "Both languages": a real link to the other view (it works without JavaScript), announced as a
 * switch that is on in the parallel view. A switch is toggled with Space as well as followed with
 * Enter (WAI-ARIA APG, Switch pattern), so Space clicks the link.
 */
export function ViewToggle({ parallel, to, onIntent, onClick }: ViewToggleProps) {
  const { t } = useTranslation();
  const onKeyDown = (event: KeyboardEvent<HTMLAnchorElement>) => {
    if (event.key !== ' ') return;
    event.preventDefault();
    event.currentTarget.click();
  };
  return (
    <Link
      className="view-toggle"
      to={to}
      role="switch"
      aria-checked={parallel}
      title={t('parallel.toggleHint')}
      onPointerEnter={onIntent}
      onFocus={onIntent}
      onKeyDown={onKeyDown}
      onClick={onClick}
    >
      {/* On phones only the two-column icon shows; the name stays for screen readers. */}
      <span className="view-toggle__text">{t('parallel.toggle')}</span>
    </Link>
  );
}
