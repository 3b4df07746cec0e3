import { readFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { pageDataElementId, serializePageData } from '../document/page-data';
import type * as EntryServer from '../entry-server';
import { renderHeadersFile } from '../server/headers-file';
import { precompressSite } from '../server/precompress';
import {
  metaContentSecurityPolicy,
  securityHeaders,
  sitePolicyOptions,
} from '../server/security-headers';
import { cspHash } from './csp-hash';
import { deferAppScript } from './defer-app-script';
import {
  editionChunkFiles,
  pageChunkUrls,
  editionPreloadLinks,
  viteManifestFile,
  type ViteManifest,
} from './edition-preloads';
import { fillTemplate } from './fill-template';
import { inlineFavicon } from './inline-favicon';
import { compileInlineScript } from './inline-scripts/compile-inline-script';
import { landingRenderBlock, landingScriptElement } from './inline-scripts/landing-element';
import { inlineStylesheets } from './inline-stylesheet';
import { contentLastChanged } from './last-changed';
import { buildOfflineSupport } from './offline-support';
import { leftOutOfPrecache, type BuiltPage } from './offline-set';

// Runs after `vite build` (client, into dist/) and `vite build --ssr` (into build/server/):
// renders every route to its own HTML file, using the client build's index.html as template.
// `--dist <dir>` and `--server <dir>` point it at other output folders (the benchmark builds
// its copies outside dist/ so it never overwrites the site other tools serve).

const root = process.cwd();
function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  const value = index === -1 ? undefined : process.argv[index + 1];
  if (index !== -1 && (value === undefined || value.startsWith('--'))) {
    throw new Error(`--${name} needs a folder`);
  }
  return path.resolve(root, value ?? fallback);
}
const distDir = argument('dist', 'dist');
const serverDir = argument('server', path.join('build', 'server'));
const origin = (process.env.SITE_URL ?? 'http://127.0.0.1:4173').replace(/\/+$/, '');
// Upgrading insecure requests is for a site served over https only: over plain http WebKit would
// fetch the page's own files over https and fail (see security-headers.ts).
const sitePolicy = sitePolicyOptions(origin);

async function main(): Promise<void> {
  // Beside the server bundle's folder: build/template.html by default.
  const templateFile = path.join(path.dirname(serverDir), 'template.html');
  // dist/index.html is the template and also where `/` is written: keep the pristine copy apart,
  // so that prerendering twice never reads an already filled page.
  const built = await readFile(path.join(distDir, 'index.html'), 'utf8').then(async (html) => {
    if (html.includes('<!--app-html-->')) {
      await writeFile(templateFile, html);
      return html;
    }
    return readFile(templateFile, 'utf8');
  });
  const readBuilt = (href: string) => readFileSync(path.join(distDir, href), 'utf8');
  // Kept beside the template too, for the same reason: a second prerender finds it there.
  const manifestCopy = path.join(path.dirname(serverDir), 'client-manifest.json');
  const clientManifest = JSON.parse(
    await readFile(path.join(distDir, viteManifestFile), 'utf8').then(
      async (text) => {
        await writeFile(manifestCopy, text);
        return text;
      },
      () => readFile(manifestCopy, 'utf8'),
    ),
  ) as ViteManifest;
  // Not part of the site: nothing serves or precaches the build's bookkeeping.
  await rm(path.join(distDir, path.dirname(viteManifestFile)), { recursive: true, force: true });
  const { html: template, styles } = inlineStylesheets(
    inlineFavicon(deferAppScript(built), readBuilt),
    readBuilt,
  );
  const styleHashes = styles.map(cspHash);
  const [bootScript, landingScript] = await Promise.all([
    compileInlineScript('boot'),
    compileInlineScript('landing'),
  ]);
  // Every inline script the pages may carry, by the hash of its compiled text: nothing else
  // inline runs.
  const hashes = {
    scriptHashes: [bootScript, landingScript].map(cspHash),
    styleHashes,
    ...sitePolicy,
  };
  const entry = (await import(
    pathToFileURL(path.join(serverDir, 'entry-server.js')).href
  )) as typeof EntryServer;
  await entry.prepare();
  // Static hosts that cannot send headers still get the policy, from a meta tag.
  const policy = metaContentSecurityPolicy(hashes);
  const csp = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  const boot = `<script>${bootScript}</script>`;
  const specs = entry.pages();
  const rendered: BuiltPage[] = [];
  for (const spec of specs) {
    const page = entry.renderPage(spec, origin);
    rendered.push({ file: page.file, articles: page.data.editions.flatMap((e) => e.articles) });
    const chunks = pageChunkUrls(clientManifest, entry.pageChunkModules(page.data));
    const pageData = serializePageData({ ...page.data, chunks });
    const data = `<script type="application/json" id="${pageDataElementId}">${pageData}</script>`;
    // A section URL opens at its section before the first paint: the landing script right after
    // the app's markup, and (in Chromium) a hold on the first paint until it has run.
    const { landingSection } = page;
    const [hold, landing] =
      landingSection === undefined
        ? ['', '']
        : [`\n    ${landingRenderBlock}`, landingScriptElement(landingScript, landingSection)];
    const preloads = editionPreloadLinks(
      editionChunkFiles(clientManifest, entry.pageSources(page.data)),
    );
    const html = fillTemplate(template, {
      lang: page.lang,
      head: `${csp}\n    ${boot}${hold}\n    ${preloads}\n    ${page.head}`,
      html: page.html,
      data: `${landing}${data}`,
    });
    const file = path.join(distDir, page.file);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, html);
  }
  await writeFile(path.join(distDir, '_headers'), renderHeadersFile(securityHeaders(hashes)));
  // The same content folder vite.config.ts reads (READER_CONTENT_DIR).
  const contentDir = process.env.READER_CONTENT_DIR ?? 'src/content';
  const lastChanged = (id: string) => contentLastChanged(path.join(contentDir, id));
  for (const [name, content] of Object.entries(entry.siteFiles(origin, lastChanged))) {
    await mkdir(path.dirname(path.join(distDir, name)), { recursive: true });
    await writeFile(path.join(distDir, name), content);
  }
  await rm(serverDir, { recursive: true, force: true });
  console.log(`prerendered ${specs.length} pages for ${origin}`);
  const leftOut = leftOutOfPrecache({
    pages: rendered,
    editionModules: entry.editionModules(),
    kept: await entry.offlineArticles(),
    images: entry.images,
    manifest: clientManifest,
  });
  await buildOfflineSupport(distDir, leftOut);
  // Last, so that every text file the site serves (pages, sw.js, manifest) has its siblings.
  console.log(`precompressed ${await precompressSite(distDir)} text files (brotli, gzip)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
