import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

function describeViolation(violation: Violation): string {
  const nodes = violation.nodes.map((node) => {
    const summary = node.failureSummary?.replace(/\n\s*/g, ' ') ?? '';
    return `    • ${node.target.join(' ')}${summary ? `\n      ${summary}` : ''}`;
  });
  return [
    `  ${violation.id} (${violation.impact ?? 'no impact given'}): ${violation.help}`,
    `    ${violation.helpUrl}`,
    ...nodes,
  ].join('\n');
}

export interface AxeCheckOptions {
  /** The page's state, named in the failure message ("dark theme", "contents open"). */
  state?: string;
  /**
   * Also checks cross-origin frames (axe's default mode, which gathers the results in an extra
   * page and takes several times longer). The reader's pages have no frames, so by default axe
   * runs in the page's own frame only (its legacy mode): the same verdict, sooner.
   */
  allFrames?: boolean;
}

/** Runs axe-core on the page as it is now; throws a readable list if anything is violated. */
export async function expectNoAxeViolations(
  page: Page,
  { state, allFrames = false }: AxeCheckOptions = {},
): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(axeTags)
    // Only violations are reported: details of what passed would just cost time.
    .options({ resultTypes: ['violations'] })
    .setLegacyMode(!allFrames)
    .analyze();
  if (violations.length > 0) {
    throw new Error(
      `axe-core found ${violations.length} violation(s) on ${page.url()}` +
        `${state === undefined ? '' : ` (${state})`}:\n` +
        violations.map(describeViolation).join('\n'),
    );
  }
}
