import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { articleContent } from './src/build/content-plugin.ts';
import { responsiveImages } from './src/build/responsive-images.ts';

export default defineConfig({
  plugins: [react(), articleContent(), responsiveImages()],
  build: {
    // The server bundle (prerendering only) goes outside dist/ so it is never served.
    outDir: 'dist',
    assetsInlineLimit: 0,
  },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./tests/setup/vitest-setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/{unit,content,build}/**/*.test.{ts,tsx}'],
    css: false,
  },
});
