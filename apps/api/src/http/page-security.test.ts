import { describe, expect, it } from 'vitest';
import { pageCsp, pageHeaders } from './page-security.ts';

describe('pageCsp', () => {
  it('allows scripts and styles from this origin only, never inline or eval', () => {
    const csp = pageCsp('none');
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
    expect(csp).toContain("default-src 'none'");
  });

  it('lets any site frame an embed page, and none frame the other pages', () => {
    expect(pageCsp('anyone')).toContain('frame-ancestors *');
    expect(pageCsp('none')).toContain("frame-ancestors 'none'");
  });
});

describe('pageHeaders', () => {
  it('adds no-sniff, the referrer policy, and X-Frame-Options only where framing is refused', () => {
    expect(pageHeaders('none')).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Frame-Options': 'DENY',
    });
    expect(pageHeaders('anyone')).not.toHaveProperty('X-Frame-Options');
  });
});
