// @vitest-environment node
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layers of src/ are enforced by lint (eslint.layers.js). These run the project's own ESLint
// configuration on source text placed in a layer, so a rule that stopped firing fails here.

const root = path.resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId?.startsWith('import-x/'))
    .map((m) => `${m.ruleId}: ${m.message}`);
}

// The first lint loads the parser and every plugin: seconds on a busy machine, not a fault.
describe('the layers of src/', { timeout: 60_000 }, () => {
  it('refuse an import that goes the wrong way', async () => {
    expect(
      await problems(
        'src/i18n/example.ts',
        "export { articleSchema } from '../article/model/schema';\n",
      ),
    ).toEqual([expect.stringMatching(/no-restricted-paths: .*i18n sits below article/)]);
    expect(await problems('src/server/example.ts', "export { App } from '../app/App';\n")).toEqual([
      expect.stringMatching(/server sits below app/),
    ]);
    expect(
      await problems(
        'src/article/speech/example.ts',
        "export { jumpTo } from '../navigation/jump';\n",
      ),
    ).toEqual([expect.stringMatching(/article\/speech may not import article\/navigation/)]);
    expect(
      await problems(
        'src/app/example.ts',
        "export { importArticle } from '../importer/import-article';\n",
      ),
    ).toEqual([expect.stringMatching(/app sits below importer/)]);
  });

  it('allow an import that goes the right way', async () => {
    expect(
      await problems(
        'src/app/example.ts',
        "export { articleSchema } from '../article/model/schema';\n",
      ),
    ).toEqual([]);
    expect(
      await problems('src/server/example.ts', "export { pathLang } from '../routing/site-path';\n"),
    ).toEqual([]);
  });

  it('refuse a module that reaches itself through its imports', async () => {
    // ListenControls loads the speech chunk, which carries ListenButtons: ListenButtons importing
    // ListenControls back closes a cycle. (It once did, for a props type only: erased at run time,
    // so no rule sees it, and the type now lives with the buttons.)
    expect(
      await problems(
        'src/article/speech/ListenButtons.tsx',
        "export { ListenControls } from './ListenControls';\n",
      ),
    ).toEqual([expect.stringMatching(/no-cycle/)]);
  });
});
