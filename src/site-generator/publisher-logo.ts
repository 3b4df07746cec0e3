import { publisherLogo } from '../document/publisher-logo';
import type { AppIconSpec } from './web-app-manifest';

/**
 * The publisher logo as one more rendering of the app icon. At the site's root, not in icons/:
 * the service worker precaches icons/*.png, and a reader offline never needs the logo.
 */
export const publisherLogoIcon: AppIconSpec = {
  file: publisherLogo.path.slice(1),
  size: publisherLogo.size,
  purpose: 'any',
  shape: 'own',
};
