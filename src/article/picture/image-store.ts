import type { ResponsiveImage } from './responsive-image';

// The renditions of the images the app has loaded, by `imageKey`. They arrive with the data that
// shows them (an article's edition chunk, a front page's chunk), never all at once: the site's
// images are per article, and a first view must not carry every article's (#16). Data comes
// before rendering (an edition is loaded before its article renders), so reads are synchronous.
const images = new Map<string, ResponsiveImage>();

export function registerImages(record: Readonly<Record<string, ResponsiveImage>>): void {
  for (const [key, image] of Object.entries(record)) images.set(key, image);
}

export function imageFor(key: string): ResponsiveImage | undefined {
  return images.get(key);
}
