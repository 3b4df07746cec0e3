import { Component, type ErrorInfo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { isLang, languages, type Lang } from '../i18n/languages';
import { loadedI18n } from './i18n/registry';

function ErrorMessage() {
  const { t } = useTranslation();
  return (
    <main id="main" className="page page--narrow error-page">
      <h1>{t('errors.renderFailed')}</h1>
      <p>{t('errors.renderHint')}</p>
      <p>
        {/* A plain link: a full page load gets the prerendered page, whatever broke here. */}
        <a href={typeof window === 'undefined' ? '/' : window.location.href}>
          {t('errors.reload')}
        </a>
      </p>
    </main>
  );
}

interface ErrorBoundaryProps {
  /** The language of the page, for the message; any loaded language serves if it is not. */
  lang: string | undefined;
  children: ReactNode;
}

/** A render error shows a translated message and a reload link instead of a white page. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('The reader failed to render', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const wanted: Lang[] = isLang(this.props.lang)
      ? [this.props.lang, ...languages]
      : [...languages];
    const i18n = wanted.map((lang) => loadedI18n(lang)).find((instance) => instance !== undefined);
    if (!i18n) {
      // Nothing loaded at all: the one message that cannot come from the resources.
      return (
        <main className="page page--narrow error-page">
          <h1 lang="de">Fehler beim Laden</h1>
          <p lang="en">Error while loading.</p>
          <a href="/">Neu laden · Reload</a>
        </main>
      );
    }
    return (
      <I18nextProvider i18n={i18n}>
        <ErrorMessage />
      </I18nextProvider>
    );
  }
}
