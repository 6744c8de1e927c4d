// What the desk's end-to-end tests share: keys issued by the administrator, signing in as a new
// staff member would, organisations of their own, and axe on every screen.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, inject } from 'vitest';

const ADMIN = inject('adminToken');
const BASE = inject('baseUrl');

/** Sends a request to the Worker with a bearer token (the administrator's or a key). */
export async function bearer(path: string, token: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${BASE}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...init.headers },
    signal: AbortSignal.timeout(60_000),
  });
}

/** A new key of `newsroom` (Báo Lào Cai unless said), labelled with who holds it. */
export async function issueKey(label: string, newsroom = 'bao-lao-cai'): Promise<{ key: string; id: string }> {
  const response = await bearer(`/v1/newsrooms/${newsroom}/keys`, ADMIN, { method: 'POST', body: JSON.stringify({ label }) });
  expect(response.status).toBe(201);
  return (await response.json()) as { key: string; id: string };
}

/** Revokes a key with the administrator token. */
export async function revokeKey(id: string, newsroom = 'bao-lao-cai'): Promise<void> {
  const response = await bearer(`/v1/newsrooms/${newsroom}/keys/${id}`, ADMIN, { method: 'DELETE' });
  expect(response.status).toBeLessThan(300);
}

/** A slug no other test uses, so tests can run in any order on one database. */
export function uniqueSlug(prefix: string): string {
  return `${prefix}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Opens /desk and signs in with `key`, as a new staff member would: paste, press Enter. */
export async function signIn(page: Page, key: string, hash = ''): Promise<void> {
  await page.goto(`${BASE}/desk${hash}`);
  const input = page.getByLabel(/Khóa · Key/);
  await input.fill(key);
  await input.press('Enter');
  await expect.poll(() => page.getByTestId('signed-in-as').count()).toBe(1);
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's WCAG A/AA and best-practice violations of the page as it is now, as readable lines.
 * axe is evaluated through the DevTools protocol, which the page's CSP does not govern, so the
 * page keeps its real policy.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    // A dialog fading in is judged once it has settled: mid-fade its text is lighter than it will be
    // (axe read 3.44:1 and 2.48:1 contrasts on a busy machine). Web Awesome animates inside shadow
    // roots, which document.getAnimations() leaves out: each root is asked. Finite animations only.
    const roots = (root: Document | ShadowRoot): Array<Document | ShadowRoot> => [
      root,
      ...[...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? roots(el.shadowRoot) : [])),
    ];
    await Promise.all(
      roots(document)
        .flatMap((root) => root.getAnimations())
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Number.POSITIVE_INFINITY)
        .map((animation) => animation.finished.catch(() => undefined)),
    );
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{ violations: { id: string; impact: string; nodes: { target: unknown; failureSummary?: string }[] }[] }>;
        };
      }
    ).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.failureSummary ?? ''} at ${JSON.stringify(node.target)}`),
    );
  });
}

/**
 * Collects the page's script errors, CSP refusals and other console errors from now on, to assert
 * there are none. HTTP answers the desk expects (401 before signing in, a 404 it reports) are the
 * API's, checked by the tests themselves, so the browser's "Failed to load resource" lines are not.
 */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource: the server responded with a status of')) {
      problems.push(`console: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}
