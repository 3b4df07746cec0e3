import { screen } from '@testing-library/react';
import images from 'virtual:responsive-images';
import { describe, expect, it } from 'vitest';
import { renderWithI18n } from '../../../tests/support/with-i18n';
import { imageKey } from '../model/image-key';
import { registerImages } from '../picture/image-store';
import type { ArticleFigure } from '../model/schema';
import { Figure } from './Figure';

const figure: ArticleFigure = {
  image: 'cyber',
  alt: 'A server room',
  caption: 'Hard to fight with weapons',
  credit: 'Official White House Photo',
};
const image = images[imageKey('us-china-cyber', 'cyber')];
// The app registers an article's renditions when its edition loads; here, the test does.
registerImages(images);

describe('Figure', () => {
  it('links the photo to its full size and draws it with the shared picture', async () => {
    await renderWithI18n(<Figure id="photo" articleId="us-china-cyber" figure={figure} />, 'en');
    const link = screen.getByRole('link', { name: /^A server room\s*Enlarge image$/ });
    expect(link).toHaveAttribute('href', image?.src);
    const img = screen.getByRole('img', { name: 'A server room' });
    expect(link).toContainElement(img);
    expect(img.closest('picture')?.querySelectorAll('source')).toHaveLength(2);
    expect(img).toHaveAttribute('sizes', '(min-width: 46rem) 42rem, calc(100vw - 2rem)');
    expect(img).toHaveAttribute('loading', 'lazy');
  });

  it('fetches a priority photo first', async () => {
    await renderWithI18n(
      <Figure id="photo" articleId="us-china-cyber" figure={figure} priority />,
      'de',
    );
    expect(screen.getByRole('img', { name: 'A server room' })).toHaveAttribute(
      'fetchpriority',
      'high',
    );
    expect(screen.getByRole('link', { name: /^A server room\s*Bild vergrößern$/ })).toBeVisible();
  });
});
