import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * Compiles one of the pages' inline scripts (typed browser code beside this file) to the minified
 * text the site generator puts in a `<script>` element and hashes for the Content-Security-Policy.
 * Runs at build time only, in Node. The output is deterministic: the same sources and the pinned
 * esbuild version give the same bytes, so the same hash.
 */

const entries = {
  boot: { module: './boot.ts', run: 'boot' },
  landing: { module: './landing.ts', run: 'land' },
} as const;

export type InlineScriptName = keyof typeof entries;

const here = path.dirname(fileURLToPath(import.meta.url));

export async function compileInlineScript(name: InlineScriptName): Promise<string> {
  const { module, run } = entries[name];
  const result = await build({
    stdin: {
      contents: `import { ${run} } from ${JSON.stringify(module)};\n${run}();\n`,
      resolveDir: here,
      sourcefile: `${name}-inline-script.ts`,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    // A classic (not module) script, so it runs during parsing, before the first paint.
    format: 'iife',
    platform: 'browser',
    // Conservative: the script runs in every browser that opens a page, even one too old for the
    // app, and must at least not throw a syntax error there.
    target: 'es2017',
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  const text = result.outputFiles[0]?.text.trimEnd() ?? '';
  // Inside <script>, `</script` would end the element early and `<!--` changes how it is parsed
  // (HTML spec, "script data escaped state"); neither belongs in these scripts.
  if (text === '' || /<\/script|<!--/i.test(text)) {
    throw new Error(`The ${name} inline script compiled to text that cannot be inlined`);
  }
  return text;
}
