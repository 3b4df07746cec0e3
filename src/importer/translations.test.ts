// @vitest-environment node
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { articleContent, readStaleTranslations } from '../site-generator/content-plugin';
import { runTranslations } from './translations-cli';

const repo = path.resolve(__dirname, '../..');
let root: string | undefined;

/** A scratch copy of the real content, so tests never touch src/content. */
function scratch(): string {
  root = mkdtempSync(path.join(tmpdir(), 'reader-translations-'));
  cpSync(path.join(repo, 'src/content'), path.join(root, 'src/content'), { recursive: true });
  return root;
}

function editGerman(
  dir: string,
  edit: (de: { sections: { blocks: { text?: string }[] }[] }) => void,
) {
  const file = path.join(dir, 'src/content/us-china-cyber/de.json');
  const de = JSON.parse(readFileSync(file, 'utf8'));
  edit(de);
  writeFileSync(file, JSON.stringify(de));
}

async function report(dir: string, ...argv: string[]) {
  const out: string[] = [];
  const code = await runTranslations(argv, {
    root: dir,
    out: (l) => out.push(l),
    err: (l) => out.push(l),
  });
  return { code, out };
}

afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

describe('npm run translations', () => {
  it('finds every block of the real article translated', async () => {
    const { code, out } = await report(repo);
    expect(code).toBe(0);
    expect(out[0]).toBe('us-china-cyber: 15 translated, 0 missing, 0 stale');
    expect(readStaleTranslations(repo)).toEqual([]);
  });

  it('reports a block stale when its German changes, and the build warns about it', async () => {
    const dir = scratch();
    editGerman(dir, (de) => {
      const block = de.sections[1]?.blocks[1];
      if (block) block.text = `${block.text} Ein neuer Satz.`;
    });
    const { out } = await report(dir);
    expect(out[0]).toBe('us-china-cyber: 14 translated, 0 missing, 1 stale');
    expect(out).toContain('  stale      paragraph:p4');
    const warning =
      'us-china-cyber: English paragraph:p4 is stale (the German changed since it was translated)';
    expect(readStaleTranslations(dir)).toEqual([warning]);

    const plugin = articleContent();
    const warn = vi.fn();
    const hooks = plugin as unknown as {
      configResolved: (config: { root: string }) => void;
      load: (this: unknown, id: string) => unknown;
    };
    hooks.configResolved({ root: dir });
    hooks.load.call({ warn, addWatchFile: () => undefined }, '\0virtual:article-routes');
    expect(warn).toHaveBeenCalledWith(warning);
  });

  it('reports an article without en.json as German only, every block missing', async () => {
    const dir = scratch();
    rmSync(path.join(dir, 'src/content/us-china-cyber/en.json'));
    const { out } = await report(dir);
    expect(out[0]).toBe('us-china-cyber (German only): 0 translated, 15 missing, 0 stale');
    expect(out).toContain('  missing    headline');
    expect(readStaleTranslations(dir)).toEqual([]);
  });

  it('reports a draft without en.json as a draft with no English edition, not German only', async () => {
    const dir = scratch();
    rmSync(path.join(dir, 'src/content/us-china-cyber/en.json'));
    editGerman(dir, (de) => Object.assign(de, { draft: true }));
    const { out } = await report(dir);
    expect(out[0]).toBe(
      'us-china-cyber (draft) (no English edition): 0 translated, 15 missing, 0 stale',
    );
  });

  it('--stamp records the current German, so a checked translation is current again', async () => {
    const dir = scratch();
    editGerman(dir, (de) => {
      const block = de.sections[0]?.blocks[0];
      if (block) block.text = `${block.text} Nachtrag.`;
    });
    expect((await report(dir)).out[0]).toMatch(/1 stale$/);
    const stamped = await report(dir, '--stamp', 'us-china-cyber');
    expect(stamped.out[1]).toBe('us-china-cyber: 15 translated, 0 missing, 0 stale');
  });
});
