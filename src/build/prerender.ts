import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { pageDataElementId, serializePageData } from '../app/page-data';
import type * as EntryServer from '../entry-server';
import { fillTemplate } from './fill-template';

// Runs after `vite build` (client, into dist/) and `vite build --ssr` (into build/server/):
// renders every route to its own HTML file, using the client build's index.html as template.

const root = process.cwd();
const distDir = path.join(root, 'dist');
const origin = (process.env.SITE_URL ?? 'http://127.0.0.1:4173').replace(/\/+$/, '');

async function main(): Promise<void> {
  const templateFile = path.join(root, 'build', 'template.html');
  // dist/index.html is the template and also where `/` is written: keep the pristine copy apart,
  // so that prerendering twice never reads an already filled page.
  const template = await readFile(path.join(distDir, 'index.html'), 'utf8').then(async (html) => {
    if (html.includes('<!--app-html-->')) {
      await writeFile(templateFile, html);
      return html;
    }
    return readFile(templateFile, 'utf8');
  });
  const entry = (await import(
    pathToFileURL(path.join(root, 'build', 'server', 'entry-server.js')).href
  )) as typeof EntryServer;
  await entry.prepare();
  const specs = entry.pages();
  for (const spec of specs) {
    const page = entry.renderPage(spec, origin);
    const data = `<script type="application/json" id="${pageDataElementId}">${serializePageData(page.data)}</script>`;
    const html = fillTemplate(template, {
      lang: page.lang,
      head: page.head,
      html: page.html,
      data,
    });
    const file = path.join(distDir, page.file);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, html);
  }
  for (const [name, content] of Object.entries(entry.siteFiles(origin))) {
    await writeFile(path.join(distDir, name), content);
  }
  await rm(path.join(root, 'build', 'server'), { recursive: true, force: true });
  console.log(`prerendered ${specs.length} pages for ${origin}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
