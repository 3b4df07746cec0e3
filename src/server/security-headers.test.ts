// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  defaultContentSecurityPolicy,
  metaContentSecurityPolicy,
  securityHeaders,
  sitePolicyOptions,
} from './security-headers.ts';

describe('security headers', () => {
  it('has the agreed policy', () => {
    expect(defaultContentSecurityPolicy).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; " +
        "form-action 'self'; frame-ancestors 'none'",
    );
    expect(securityHeaders()).toEqual({
      'Content-Security-Policy': defaultContentSecurityPolicy,
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Content-Type-Options': 'nosniff',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
      'X-Frame-Options': 'DENY',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
  });

  it('cannot be mutated by one consumer for everyone', () => {
    expect(() => {
      securityHeaders()['X-Frame-Options'] = 'ALLOWALL';
    }).toThrow(TypeError);
  });

  it('adds quoted script hashes to script-src only', () => {
    const hash = 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';
    const policy = contentSecurityPolicy({ scriptHashes: [hash, `'sha384-abc'`] });
    expect(policy).toContain(`script-src 'self' '${hash}' 'sha384-abc'; style-src 'self';`);
    expect(policy.match(/sha256-/g)).toHaveLength(1);
  });

  it('adds style hashes (the inlined stylesheet) to style-src only', () => {
    const hash = 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';
    const policy = securityHeaders({ styleHashes: [hash] })['Content-Security-Policy'];
    expect(policy).toContain(`; style-src 'self' '${hash}'; img-src`);
    expect(policy).not.toContain('unsafe-inline');
    expect(() => contentSecurityPolicy({ styleHashes: ["'unsafe-inline'"] })).toThrow(
      /Invalid CSP style hash/,
    );
  });

  it.each(['sha256-abc; script-src *', 'md5-abc', "'unsafe-inline'", 'sha256-'])(
    'rejects %j instead of injecting it',
    (hash) => {
      expect(() => contentSecurityPolicy({ scriptHashes: [hash] })).toThrow(
        /Invalid CSP script hash/,
      );
    },
  );
});

describe('upgrade-insecure-requests', () => {
  it('is only in the policy when asked for, as the last directive', () => {
    expect(contentSecurityPolicy()).not.toContain('upgrade-insecure-requests');
    expect(contentSecurityPolicy({ upgradeInsecureRequests: false })).not.toContain('upgrade');
    expect(contentSecurityPolicy({ upgradeInsecureRequests: true })).toBe(
      `${defaultContentSecurityPolicy}; upgrade-insecure-requests`,
    );
  });

  it.each([
    ['https://news.example', true],
    ['https://127.0.0.1:4173', true],
    ['http://127.0.0.1:4173', false],
    ['http://localhost:4391', false],
    ['http://news.example', false],
  ])('a site served at %s upgrades: %s', (origin, upgrades) => {
    const options = sitePolicyOptions(origin);
    expect(options).toEqual({ upgradeInsecureRequests: upgrades });
    for (const policy of [
      securityHeaders(options)['Content-Security-Policy'] ?? '',
      metaContentSecurityPolicy({ ...options }),
    ]) {
      expect(policy.includes('upgrade-insecure-requests')).toBe(upgrades);
    }
  });
});

describe('metaContentSecurityPolicy', () => {
  it('is the header policy without frame-ancestors, which browsers ignore in a meta tag', () => {
    const meta = metaContentSecurityPolicy();
    expect(meta).not.toContain('frame-ancestors');
    expect(meta).toContain("script-src 'self'");
    expect(meta).toContain("object-src 'none'");
  });
});
