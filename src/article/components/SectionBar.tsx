import { useTranslation } from 'react-i18next';
import { useDisclosure } from '../../shared/use-disclosure';
import { TocList, type TocListProps } from './TocList';

/**
 * Phones and tablets: a compact bar under the header naming the current section; it discloses the
 * contents. It closes after a choice, on Escape and on a click outside.
 */
export function SectionBar(props: TocListProps) {
  const { t } = useTranslation();
  const { open, setOpen, containerRef, buttonRef } = useDisclosure<HTMLElement>();
  const current = props.entries.find((entry) => entry.id === props.active) ?? props.entries[0];

  return (
    <nav ref={containerRef} className="section-bar" aria-label={t('toc.label')}>
      <button
        ref={buttonRef}
        type="button"
        className="section-bar__toggle"
        aria-expanded={open}
        aria-controls="section-bar-list"
        onClick={() => setOpen((value) => !value)}
      >
        <span className="section-bar__label">{t('toc.current')}:</span>{' '}
        <span className="section-bar__current">{current?.title}</span>
        <svg
          className="section-bar__chevron"
          viewBox="0 0 16 16"
          aria-hidden="true"
          focusable="false"
        >
          <path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
      </button>
      <div id="section-bar-list" className="section-bar__panel" hidden={!open}>
        <TocList
          {...props}
          onSelect={(id) => {
            setOpen(false);
            props.onSelect(id);
          }}
        />
      </div>
    </nav>
  );
}
