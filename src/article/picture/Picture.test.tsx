import { render, screen } from '@testing-library/react';
import images from 'virtual:responsive-images';
import { describe, expect, it } from 'vitest';
import { imageKey } from '../model/image-key';
import { Picture } from './Picture';

const image = images[imageKey('us-china-cyber', 'lead')];
if (!image) throw new Error('the lead photo of us-china-cyber is not rendered');
const srcset = (type: string) => image.sources.find((source) => source.type === type)?.srcset;

describe('Picture', () => {
  it('offers AVIF and WebP as sources and the JPEG renditions on the image itself', () => {
    const { container } = render(
      <Picture image={image} alt="Barack Obama" sizes="50vw" load="lazy" />,
    );
    const img = screen.getByRole('img', { name: 'Barack Obama' });
    expect(img).toHaveAttribute('src', image.src);
    expect(img).toHaveAttribute('srcset', srcset('image/jpeg'));
    expect(img).toHaveAttribute('sizes', '50vw');
    expect(img).toHaveAttribute('width', String(image.width));
    expect(img).toHaveAttribute('height', String(image.height));
    const sources = [...container.querySelectorAll('picture > source')];
    expect(sources.map((s) => s.getAttribute('type'))).toEqual(['image/avif', 'image/webp']);
    expect(sources.map((s) => s.getAttribute('srcset'))).toEqual([
      srcset('image/avif'),
      srcset('image/webp'),
    ]);
    expect(sources.map((s) => s.getAttribute('sizes'))).toEqual(['50vw', '50vw']);
    expect(img.parentElement).toBe(container.querySelector('picture'));
  });

  it('fetches the first photo with high priority and never lazily', () => {
    render(<Picture image={image} alt="Lead" sizes="100vw" load="first" />);
    const img = screen.getByRole('img', { name: 'Lead' });
    expect(img).toHaveAttribute('loading', 'eager');
    expect(img).toHaveAttribute('fetchpriority', 'high');
    expect(img).toHaveAttribute('decoding', 'auto');
  });

  it('loads a photo further down lazily and decodes it off the main thread', () => {
    render(<Picture image={image} alt="Later" sizes="100vw" load="lazy" />);
    const img = screen.getByRole('img', { name: 'Later' });
    expect(img).toHaveAttribute('loading', 'lazy');
    expect(img).toHaveAttribute('fetchpriority', 'auto');
    expect(img).toHaveAttribute('decoding', 'async');
  });

  it('leaves a photo the reader asked for to the browser’s defaults', () => {
    render(<Picture image={image} alt="Asked for" sizes="100vw" load="eager" />);
    const img = screen.getByRole('img', { name: 'Asked for' });
    for (const attribute of ['loading', 'fetchpriority', 'decoding']) {
      expect(img).not.toHaveAttribute(attribute);
    }
  });
});
