import 'i18next';
import type uiDe from './locales/de.json';

// Keys are typed from the German resources, the source language; a test checks that English has
// exactly the same keys. Articles are namespaces too, but they are read whole (as validated
// content, see src/article/hooks/use-article.ts), never key by key through `t`.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: {
      ui: typeof uiDe;
    };
  }
}
