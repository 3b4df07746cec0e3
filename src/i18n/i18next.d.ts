import 'i18next';
import type articleDe from '../content/us-china-cyber/de.json';
import type uiDe from './locales/de.json';

// Keys are typed from the German resources, the source language; a test checks that English has
// exactly the same keys.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: {
      ui: typeof uiDe;
      'us-china-cyber': typeof articleDe;
    };
  }
}
