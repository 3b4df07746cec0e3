/**
 * The first sentences of a text, as many as fit in `maxLength` characters (at least one), for a
 * link preview's description.
 */
export function firstSentences(text: string, maxLength = 220): string {
  const sentences = text.match(/[^.!?…]+(?:[.!?…]+["“”„»«’]?|$)/gu) ?? [text];
  let summary = '';
  for (const sentence of sentences) {
    const next = `${summary}${sentence}`.trim();
    if (summary !== '' && next.length > maxLength) break;
    summary = next;
  }
  return summary;
}
