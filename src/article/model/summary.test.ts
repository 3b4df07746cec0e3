// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { firstSentences } from './summary';

describe('firstSentences', () => {
  it('keeps whole sentences within the limit', () => {
    expect(firstSentences('Eins ist kurz. Zwei ist auch kurz. Drei nicht mehr.', 34)).toBe(
      'Eins ist kurz. Zwei ist auch kurz.',
    );
  });

  it('always keeps the first sentence, however long', () => {
    expect(firstSentences('Ein sehr langer Satz ohne Ende in Sicht.', 10)).toBe(
      'Ein sehr langer Satz ohne Ende in Sicht.',
    );
  });

  it('does not split inside closing quotation marks', () => {
    expect(firstSentences('Er sagte „Nein.“ Dann ging er.', 16)).toBe('Er sagte „Nein.“');
  });

  it('keeps a text without a full stop whole', () => {
    expect(firstSentences('dass kein Staat Cyberattacken …')).toBe(
      'dass kein Staat Cyberattacken …',
    );
  });
});
