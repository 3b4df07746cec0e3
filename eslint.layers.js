// The layers of src/, from the top. A layer may import the layers below it, never one above it:
//
//   site-generator   builds the site: Vite plugins, prerenderer, images, icons, service worker
//   server           serves the built site (policy only: redirects, which 404, headers)
//   entry-*.tsx      the client's and the server bundle's entry points
//   document         pure page descriptions: head, structured data, page list, page data
//   app              the React app: routes, pages, providers (i18n registry), data (the site's
//                    chunks, loaded by name), settings, offline
//   article          the article feature: model/ and picture/ at its base; speech/, lightbox/,
//                    navigation/ beside each other; components/ and hooks/ above them
//   routing          the one reading of site URLs (site-path), article paths, route manifest
//   content          the articles' files and the names of their chunks
//   i18n             languages, i18next instances, UI strings
//   shared           small helpers that know nothing of the rest
//
// The server knows only routing, i18n and shared: it serves files and never renders.

const all = {
  shared: './src/shared',
  i18n: './src/i18n',
  content: './src/content',
  routing: './src/routing',
  article: './src/article',
  app: './src/app',
  document: './src/document',
  entries: './src/entry-*.tsx',
  server: './src/server',
  generator: './src/site-generator',
};

/** What each layer may not import. */
const forbidden = {
  shared: [
    'i18n',
    'content',
    'routing',
    'article',
    'app',
    'document',
    'entries',
    'server',
    'generator',
  ],
  i18n: ['content', 'routing', 'article', 'app', 'document', 'entries', 'server', 'generator'],
  content: ['routing', 'article', 'app', 'document', 'entries', 'server', 'generator'],
  routing: ['content', 'article', 'app', 'document', 'entries', 'server', 'generator'],
  article: ['app', 'document', 'entries', 'server', 'generator'],
  app: ['document', 'entries', 'server', 'generator'],
  document: ['app', 'entries', 'server', 'generator'],
  entries: ['server', 'generator'],
  server: ['content', 'article', 'app', 'document', 'entries', 'generator'],
  generator: [],
};

// The importer (npm run import, npm run translations) is a tool beside the site generator: it
// reads the article model and writes content files; nothing of the site imports it.
all.importer = './src/importer';
forbidden.importer = ['app', 'document', 'entries', 'server', 'generator'];
for (const layer of Object.keys(forbidden)) {
  if (layer !== 'importer') forbidden[layer].push('importer');
}

/**
 * Inside the article feature: the model and the picture (the one way a photo is drawn) are its
 * base; speech, lightbox and navigation are peers.
 */
const articleParts = {
  './src/article/model': [
    './src/article/picture',
    './src/article/components',
    './src/article/hooks',
    './src/article/speech',
    './src/article/lightbox',
    './src/article/navigation',
  ],
  './src/article/picture': [
    './src/article/components',
    './src/article/hooks',
    './src/article/speech',
    './src/article/lightbox',
    './src/article/navigation',
  ],
  './src/article/speech': [
    './src/article/components',
    './src/article/hooks',
    './src/article/lightbox',
    './src/article/navigation',
  ],
  './src/article/lightbox': [
    './src/article/components',
    './src/article/hooks',
    './src/article/speech',
    './src/article/navigation',
  ],
  './src/article/navigation': [
    './src/article/components',
    './src/article/hooks',
    './src/article/speech',
    './src/article/lightbox',
  ],
};

export const layerZones = [
  ...Object.entries(forbidden).flatMap(([layer, above]) =>
    above.map((other) => ({
      target: all[layer],
      from: all[other],
      message: `${layer} sits below ${other}: imports go one way (see eslint.layers.js).`,
    })),
  ),
  ...Object.entries(articleParts).flatMap(([target, others]) =>
    others.map((from) => ({
      target,
      from,
      message: `${target.slice(6)} may not import ${from.slice(6)} (see eslint.layers.js).`,
    })),
  ),
];
