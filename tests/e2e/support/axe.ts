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

/** Runs axe-core on the page as it is now; throws a readable list if anything is violated. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  if (violations.length > 0) {
    throw new Error(
      `axe-core found ${violations.length} violation(s) on ${page.url()}:\n` +
        violations.map(describeViolation).join('\n'),
    );
  }
}
