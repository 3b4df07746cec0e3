import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Lang } from '../../src/i18n/languages';
import { loadI18n } from '../../src/app/i18n/registry';

/** Renders inside the real i18next instance of a language, with its real resources. */
export async function renderWithI18n(ui: ReactElement, lang: Lang) {
  const i18n = await loadI18n(lang, 'us-china-cyber');
  return render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
}
