/**
 * Security headers shared by the Node server and the build (which can write the
 * same values to a `_headers` file for static hosts), so both stay in sync.
 * Only the build knows what the pages carry inline, so only it passes hashes; the
 * server sends what the build wrote (see headers-file.ts).
 */

/** Directives in the order they are emitted. Everything is same-origin only. */
const baseDirectives: ReadonlyArray<readonly [string, ...string[]]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  // `data:` lets small inlined images (e.g. Vite's inlined SVG/PNG assets) load.
  ['img-src', "'self'", 'data:'],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['manifest-src', "'self'"],
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
];

// A hash source is `<alg>-<base64>`; anything else (spaces, `;`, quotes) could
// smuggle extra directives into the policy, so it is rejected outright.
const hashSource = /^'?(sha256|sha384|sha512)-([A-Za-z0-9+/]+={0,2})'?$/;

export interface ContentSecurityPolicyOptions {
  /** Hashes of inline scripts to allow, e.g. `"sha256-abc…="` (quotes optional). */
  scriptHashes?: readonly string[];
  /** Hashes of inline `<style>` elements to allow (the inlined stylesheet). */
  styleHashes?: readonly string[];
  /**
   * Add `upgrade-insecure-requests`: only for a site served over https. On a site served over
   * plain http the directive rewrites the page's own same-origin requests to https too (CSP
   * "Upgrade Insecure Requests", §4.1: every `http:` URL of the page is upgraded). Chromium
   * exempts loopback hosts, WebKit does not: its images, scripts and links then fail with a TLS
   * handshake error. Off by default, as a plain-http server (local runs, tests) needs.
   */
  upgradeInsecureRequests?: boolean;
}

function hashSources(kind: string, hashes: readonly string[] = []): string[] {
  return hashes.map((hash) => {
    const match = hashSource.exec(hash.trim());
    if (!match) throw new Error(`Invalid CSP ${kind} hash: ${JSON.stringify(hash)}`);
    return `'${match[1]}-${match[2]}'`;
  });
}

/** Builds the CSP header value, optionally allowing specific inline scripts and styles by hash. */
export function contentSecurityPolicy(options: ContentSecurityPolicyOptions = {}): string {
  const extra: Record<string, string[]> = {
    'script-src': hashSources('script', options.scriptHashes),
    'style-src': hashSources('style', options.styleHashes),
  };
  const directives = baseDirectives.map(([name, ...sources]) =>
    [name, ...sources, ...(extra[name] ?? [])].join(' '),
  );
  if (options.upgradeInsecureRequests) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}

/**
 * The policy for a `<meta http-equiv>` tag, for static hosts that cannot send headers: browsers
 * ignore `frame-ancestors` there (and warn about it), so it is left out; X-Frame-Options and the
 * header keep covering framing where they can be sent.
 */
export function metaContentSecurityPolicy(options: ContentSecurityPolicyOptions = {}): string {
  return contentSecurityPolicy(options)
    .split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
}

/** The policy without any inline-script hashes. */
export const defaultContentSecurityPolicy: string = contentSecurityPolicy();

/** Options of the pages' policy that depend on where the site is served. */
export interface SitePolicyOptions {
  /** See {@link ContentSecurityPolicyOptions.upgradeInsecureRequests}. */
  upgradeInsecureRequests?: boolean;
}

/** The site policy options for a site served at `origin`: upgrades only where it is https. */
export const sitePolicyOptions = (origin: string): SitePolicyOptions => ({
  upgradeInsecureRequests: new URL(origin).protocol === 'https:',
});

/**
 * Headers sent on every response. The build passes the hashes of the scripts and the stylesheet
 * it inlined and writes the result to the site's `_headers` file, which the server then sends
 * (see headers-file.ts); without hashes, nothing inline runs. Frozen: the server shares one such
 * object across all its responses.
 */
export function securityHeaders(policy: ContentSecurityPolicyOptions = {}): Record<string, string> {
  return Object.freeze({
    'Content-Security-Policy': contentSecurityPolicy(policy),
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Content-Type-Options': 'nosniff',
    // Only features current browsers recognise: an unknown one is reported as a console error.
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
  });
}
