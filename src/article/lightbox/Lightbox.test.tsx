import { screen } from '@testing-library/react';
import images from 'virtual:responsive-images';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderWithI18n } from '../../../tests/support/with-i18n';
import { imageKey } from '../model/image-key';
import { registerImages } from '../picture/image-store';
import type { ArticleFigure } from '../model/schema';
import { Lightbox } from './Lightbox';

const figure: ArticleFigure = {
  image: 'lead',
  alt: 'Barack Obama at a lectern',
  caption: 'We want to protect ourselves',
};
const image = images[imageKey('us-china-cyber', 'lead')];
// The app registers an article's renditions when its edition loads; here, the test does.
registerImages(images);

// jsdom has no modal dialogs (HTMLDialogElement has only `open`): these do what the browser's
// would for this test, opening and closing with a `close` event.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
});
afterAll(() => {
  const prototype: Partial<HTMLDialogElement> = HTMLDialogElement.prototype;
  delete prototype.showModal;
  delete prototype.close;
});

describe('Lightbox', () => {
  it('shows the photo large, with the same picture as the figure, at the viewport’s width', async () => {
    await renderWithI18n(
      <Lightbox articleId="us-china-cyber" figure={figure} onClose={() => {}} />,
      'en',
    );
    expect(
      screen.getByRole('dialog', { name: 'Image: We want to protect ourselves' }),
    ).toBeVisible();
    const img = screen.getByRole('img', { name: 'Barack Obama at a lectern' });
    expect(img).toHaveAttribute('src', image?.src);
    expect(img).toHaveAttribute(
      'srcset',
      image?.sources.find((source) => source.type === 'image/jpeg')?.srcset,
    );
    expect(img).toHaveAttribute('sizes', '100vw');
    expect(img).not.toHaveAttribute('loading');
    expect(img.closest('picture')?.querySelectorAll('source')).toHaveLength(2);
  });
});
