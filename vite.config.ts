import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { articleContent } from './src/site-generator/content-plugin.ts';
import { frontCards } from './src/site-generator/front-cards-plugin.ts';
import { responsiveImages } from './src/site-generator/responsive-images-plugin.ts';

// react-router 7's package exports name only its development build (warnings, checks); the
// browser gets the production build, which the package ships beside it.
const reactRouterProduction = fileURLToPath(
  new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
);

// The content folder (articles' JSON and images), relative to the project root. The benchmark and
// the German-only e2e build a site from a fixture folder outside src/ without writing into it.
const contentDir = process.env.READER_CONTENT_DIR ?? 'src/content';

// The server renders the parallel view's body eagerly; the browser loads it lazily
// (src/article/components/LazyParallelBody.tsx).

export default defineConfig(({ command, isSsrBuild }) => ({
  plugins: [
    react(),
    articleContent({ contentDir }),
    frontCards(),
    responsiveImages({ contentDir }),
  ],
  resolve: {
    alias:
      command === 'build' && !isSsrBuild
        ? [{ find: /^react-router$/, replacement: reactRouterProduction }]
        : isSsrBuild
          ? [{ find: /\/LazyParallelBody$/, replacement: '/ParallelBody' }]
          : [],
  },
  build: {
    outDir: 'dist',
    assetsInlineLimit: 0,
    // The prerenderer preloads each page's edition chunks by name (site-generator/edition-preloads).
    manifest: !isSsrBuild,
  },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./tests/setup/vitest-setup.ts'],
    globalSetup: ['./tests/setup/inline-scripts.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/{unit,content,build}/**/*.test.{ts,tsx}'],
    css: false,
    // A timeout catches a hang, not slowness (speed is the benchmark's business): sharp encoding
    // and a cold ESLint take seconds when the machine is busy.
    testTimeout: 30_000,
    // Vitest leaves a core to its main process by default: one worker on a two-core machine. The
    // files spend much of their time setting up jsdom and importing, so two workers finish the
    // suite in about 95 s instead of 115 s there.
    maxWorkers: 2,
  },
}));
