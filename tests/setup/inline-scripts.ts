import type { TestProject } from 'vitest/node';
import {
  compileInlineScript,
  type InlineScriptName,
} from '../../src/site-generator/inline-scripts/compile-inline-script';

// esbuild refuses to run inside the jsdom test environment (its Uint8Array is not Node's), so
// the pages' inline scripts are compiled here, once, in Node, and handed to the tests that run
// them in jsdom: `inject('inlineScripts')`. The same function compiles them for the build.
export async function setup(project: TestProject): Promise<void> {
  const [boot, landing] = await Promise.all([
    compileInlineScript('boot'),
    compileInlineScript('landing'),
  ]);
  project.provide('inlineScripts', { boot, landing });
}

declare module 'vitest' {
  export interface ProvidedContext {
    inlineScripts: Record<InlineScriptName, string>;
  }
}
