// What the cell and import tests share: an organisation of the test's own (never the seed's), made
// through the API with a newsroom key, optionally with a first census; and moving by keyboard alone.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { bearer, uniqueSlug } from './desk.ts';

const SOURCE = { publisher: 'Báo Thử Nghiệm', title: 'Số liệu chi bộ', url: null, publishedOn: null };

/** A new grassroots organisation of Báo Lào Cai; with `cells`, a first census of them as of 2024-12-31. */
export async function organizationWithCells(key: string, prefix: string, cells: Record<string, unknown>[] | null): Promise<string> {
  const org = uniqueSlug(prefix);
  const created = await bearer(`/v1/organizations/${org}`, key, { method: 'PUT', body: JSON.stringify({ name: `Đảng bộ ${org}`, kind: 'grassroots' }) });
  expect(created.status).toBe(201);
  if (cells !== null) {
    const census = await bearer(`/v1/organizations/${org}/cells`, key, {
      method: 'PUT',
      body: JSON.stringify({ asOf: '2024-12-31', term: '2020-2025', sources: [SOURCE], cells }),
    });
    expect(census.status).toBe(201);
  }
  return org;
}

/** The cells of `org` as the public read answers them. */
export async function storedCells(
  baseUrl: string,
  org: string,
): Promise<{ revision: number; cells: { slug: string; name: string | null; kind: string; committee: string; fullMembers: number | null }[] }> {
  const response = await fetch(`${baseUrl}/v1/organizations/${org}/cells`, { headers: { 'Cache-Control': 'no-cache' } });
  expect(response.status).toBe(200);
  return (await response.json()) as Awaited<ReturnType<typeof storedCells>>;
}

/**
 * Presses Tab (or Shift+Tab) until the focused control's accessible name (aria-label, label or text)
 * matches `name`; fails if it never does.
 */
export async function tabTo(page: Page, name: RegExp, limit = 250, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  const focusedName = () =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return '';
      const labelled = element.getAttribute('aria-label');
      if (labelled) return labelled;
      const id = element.id;
      const label = id ? document.querySelector(`label[for="${id}"]`)?.textContent : null;
      return (label ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
    });
  for (let presses = 0; presses < limit; presses += 1) {
    if (name.test(await focusedName())) return;
    await page.keyboard.press(key);
  }
  expect(await focusedName()).toMatch(name);
}
