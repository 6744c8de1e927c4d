// The data desk's flow of issue 5, as README "For the data desk" tells it: the administrator issues
// Báo Lào Cai a key, the desk imports the Mường Khương cells and corrects the 2024 admissions (53 → 54);
// the demo article's live gauge then shows 54, while an article pinned to revision 1 keeps 53. It runs
// on a Worker of its own (data-desk.vitest.config.ts), whose D1 lives in a temporary folder.
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { untilRendered, useBrowser } from './browser.ts';

const session = useBrowser();
const ADMIN = inject('adminToken');
const CELLS_CSV = new URL('../../../api/examples/muong-khuong-cells.csv', import.meta.url);
const ADMISSIONS = '/v1/organizations/muong-khuong/admissions/2024';

async function api(path: string, init: RequestInit & { token: string }): Promise<Response> {
  const { token, headers, ...rest } = init;
  return fetch(`${session.baseUrl}${path}`, { ...rest, headers: { Authorization: `Bearer ${token}`, ...headers }, signal: AbortSignal.timeout(60_000) });
}

describe('the data desk', () => {
  it('writes new 2024 admissions: live elements change, a pinned gauge keeps the published numbers', async () => {
    const issued = await api('/v1/newsrooms/bao-lao-cai/keys', {
      method: 'POST',
      token: ADMIN,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ label: 'Phòng dữ liệu' }),
    });
    expect(issued.status).toBeLessThan(300);
    const { key } = (await issued.json()) as { key: string };
    expect(key).toMatch(/^ct_/);

    const imported = await api('/v1/organizations/muong-khuong/import', {
      method: 'POST',
      token: key,
      headers: { 'Content-Type': 'text/csv' },
      body: readFileSync(CELLS_CSV),
    });
    expect(imported.status).toBe(200);

    const current = await fetch(`${session.baseUrl}${ADMISSIONS}`);
    const record = (await current.json()) as { admitted: number; target: unknown; asOf: string; sources: unknown; revision: number };
    expect(record).toMatchObject({ admitted: 53, revision: 1 });
    const written = await api(ADMISSIONS, {
      method: 'PUT',
      token: key,
      headers: { 'Content-Type': 'application/json', 'If-Match': `"${record.revision}"` },
      body: JSON.stringify({ admitted: 54, target: record.target, asOf: record.asOf, sources: record.sources }),
    });
    expect(written.status).toBe(200);
    expect(await written.json()).toMatchObject({ admitted: 54, revision: 2 });

    // The demo article, in a fresh context (no cached read): live, so the new figure.
    const article = await session.page();
    await article.goto(`${session.baseUrl}/`);
    await untilRendered(article, 2);
    const live = article.locator('party-target-gauge');
    await expect.poll(() => live.locator('[part="value"]').textContent()).toBe('54');
    expect(await live.locator('[part="delta"]').textContent()).toContain('vượt 34');

    // An article published with the 2024 numbers, pinned to revision 1: unchanged.
    const pinnedPage = await session.page();
    await pinnedPage.goto(
      session.publish(
        '/pinned-2024',
        `<!doctype html><html lang="vi"><head><meta charset="utf-8"><script type="module" src="${session.baseUrl}/widgets/v1/chitieu.js"></script></head>` +
          `<body><party-target-gauge org="muong-khuong" period="2024" revision="1"></party-target-gauge></body></html>`,
      ),
    );
    await untilRendered(pinnedPage, 1);
    const pinned = pinnedPage.locator('party-target-gauge');
    expect(await pinned.locator('[part="value"]').textContent()).toBe('53');
    expect(await pinned.locator('[part="delta"]').textContent()).toContain('vượt 33');

    // The same pin through the iframe embed page the builder writes.
    const framePage = await session.page();
    await framePage.goto(`${session.baseUrl}/embed/party-target-gauge?org=muong-khuong&period=2024&revision=1`);
    await untilRendered(framePage, 1);
    expect(await framePage.locator('party-target-gauge [part="value"]').textContent()).toBe('53');
  });
});
