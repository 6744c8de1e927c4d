// The desk's directory: search ignoring diacritics and case, the filters, a page at a time, each
// organisation under its parent, names with HTML shown as text, axe on every state, and the way to an
// organisation's page with the keyboard alone. The organisations are the test's own, made through the
// API with a key of their newsroom (the seed's are only read).
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../browser.ts';
import { axeViolations, bearer, issueKey, signIn, uniqueSlug, watchProblems } from './desk.ts';

const session = useBrowser();
const ADMIN = inject('adminToken');

/** A word no other organisation's name holds, so a search for it finds only this file's. */
function token(): string {
  return `zq${Math.random().toString(36).slice(2, 8).replace(/[0-9]/g, 'x')}`;
}

const paged = token();
const family = token();
const hostile = token();
const prefix = uniqueSlug('dir');
const otherNewsroom = uniqueSlug('bao-khac');
let key = '';

async function put(slug: string, body: Record<string, unknown>, withKey = key): Promise<void> {
  const response = await bearer(`/v1/organizations/${slug}`, withKey, { method: 'PUT', body: JSON.stringify({ kind: 'grassroots', ...body }) });
  expect(response.status, await response.clone().text()).toBe(201);
}

beforeAll(async () => {
  ({ key } = await issueKey('Phòng dữ liệu — Thử danh bạ'));
  // 55 organisations found by one word: more than a page of 50.
  for (let i = 1; i <= 55; i += 1) await put(`${prefix}-p${String(i).padStart(2, '0')}`, { name: `Chi bộ ${paged} số ${i}` });
  await put(`${prefix}-tinh`, { name: `Đảng bộ tỉnh ${family}`, kind: 'provincial' });
  await put(`${prefix}-huyen`, { name: `Đảng bộ huyện ${family}`, kind: 'district', parent: `${prefix}-tinh` });
  await put(`${prefix}-xa`, { name: `Đảng bộ xã ${family}`, parent: `${prefix}-huyen` });
  await put(`${prefix}-dong`, { name: `Đảng bộ xã cũ ${family}`, parent: `${prefix}-huyen`, validTo: '2025-06-30' });
  await put(`${prefix}-html`, { name: `<img src=x onerror=alert(1)> ${hostile}` });
  const created = await bearer('/v1/newsrooms', ADMIN, { method: 'POST', body: JSON.stringify({ slug: otherNewsroom, name: 'Báo Khác' }) });
  expect(created.status).toBe(201);
  const other = await issueKey('Báo khác — Thử', otherNewsroom);
  await put(`${prefix}-khac`, { name: `Đảng bộ xã khác ${family}`, parent: `${prefix}-huyen` }, other.key);
});

const searchBox = (page: Page) => page.getByLabel(/Tìm theo tên · Search by name/);
const results = (page: Page) => page.locator('.directory-tree');
const entry = (page: Page, slug: string) => page.locator(`.directory-tree li[data-slug="${slug}"]`);
const status = (page: Page) => page.locator('.directory-count');

async function search(page: Page, text: string): Promise<void> {
  await searchBox(page).fill(text);
  await expect.poll(() => new URL(page.url()).hash).toContain(`q=${encodeURIComponent(text).replaceAll('%20', '+')}`);
}

describe('the directory', () => {
  it('finds Mường Khương for “muong khuong”, under its district, and says how many it found', async () => {
    const page = await session.page();
    const problems = watchProblems(page);
    await signIn(page, key);
    await expect.poll(() => status(page).textContent()).toMatch(/tổ chức/);
    expect(await axeViolations(page)).toEqual([]);
    await search(page, 'muong khuong');
    await expect.poll(() => entry(page, 'muong-khuong').count()).toBe(1);
    // The town is shown inside its district's entry, in a list named for the district.
    expect(await entry(page, 'huyen-muong-khuong').locator('li[data-slug="muong-khuong"]').count()).toBe(1);
    expect(
      await page
        .getByRole('list', { name: /Under Đảng bộ huyện Mường Khương/ })
        .getByRole('link', { name: 'Đảng bộ thị trấn Mường Khương', exact: true })
        .count(),
    ).toBe(1);
    // Other files' organisations may share the words: the count said is the count shown.
    const shown = await results(page).locator('li').count();
    expect(shown).toBeGreaterThanOrEqual(2);
    await expect.poll(() => status(page).textContent()).toContain(`${shown} tổ chức`);
    expect(await status(page).getAttribute('role')).toBe('status');
    expect(await axeViolations(page)).toEqual([]);
    // The search is kept in the fragment: a reload finds the same list.
    await page.reload();
    await expect.poll(() => entry(page, 'muong-khuong').count()).toBe(1);
    expect(await searchBox(page).inputValue()).toBe('muong khuong');
    expect(problems).toEqual([]);
  });

  it('pages with “show more” through the next cursor', async () => {
    const page = await session.page();
    await signIn(page, key);
    await search(page, paged);
    await expect.poll(() => results(page).locator('li').count()).toBe(50);
    await expect.poll(() => status(page).textContent()).toContain('còn nữa');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /Xem thêm · Show more/ }).click();
    await expect.poll(() => results(page).locator('li').count()).toBe(55);
    expect(await page.getByRole('button', { name: /Xem thêm · Show more/ }).count()).toBe(0);
    expect(await entry(page, `${prefix}-p55`).count()).toBe(1);
    await expect.poll(() => status(page).textContent()).toContain('55 tổ chức');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('nests each organisation under its parent, and narrows by level, status, newsroom and parent', async () => {
    const page = await session.page();
    const problems = watchProblems(page);
    await signIn(page, key);
    await search(page, family);
    await expect.poll(() => results(page).locator('li').count()).toBe(5);
    expect(await entry(page, `${prefix}-tinh`).locator(`li[data-slug="${prefix}-huyen"] li[data-slug="${prefix}-xa"]`).count()).toBe(1);
    expect(await entry(page, `${prefix}-huyen`).locator(`li[data-slug="${prefix}-khac"]`).textContent()).toContain(`maintained by ${otherNewsroom}`);

    await page.getByLabel(/Cấp · Level/).selectOption('district');
    await expect.poll(() => results(page).locator('li').count()).toBe(1);
    expect(await entry(page, `${prefix}-huyen`).count()).toBe(1);
    // Alone in the list, it says what it is under.
    expect(await entry(page, `${prefix}-huyen`).textContent()).toContain(`under Đảng bộ tỉnh ${family}`);
    await page.getByLabel(/Cấp · Level/).selectOption('');

    await page.getByLabel(/Tình trạng · Status/).selectOption('closed');
    await expect.poll(() => results(page).locator('li').count()).toBe(1);
    expect(await entry(page, `${prefix}-dong`).textContent()).toContain('closed on 2025-06-30');
    await page.getByLabel(/Tình trạng · Status/).selectOption('open');
    await expect.poll(() => results(page).locator('li').count()).toBe(4);
    await page.getByLabel(/Tình trạng · Status/).selectOption('');

    await page.getByLabel(/Only ours/).check();
    await expect.poll(() => results(page).locator('li').count()).toBe(4);
    expect(await entry(page, `${prefix}-khac`).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel(/Only ours/).uncheck();

    // The parent, picked by name in the picker (its list open: axe checks it too).
    const picker = page.getByRole('combobox', { name: /Trực thuộc tổ chức/ });
    await picker.fill(`huyen ${family}`);
    await expect.poll(() => page.getByRole('option', { name: new RegExp(`Đảng bộ huyện ${family}`) }).count()).toBe(1);
    expect(await picker.getAttribute('aria-expanded')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await picker.press('Enter');
    await expect.poll(() => results(page).locator('li').count()).toBe(3);
    expect(new URL(page.url()).hash).toContain(`parent=${prefix}-huyen`);
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toContain(`Trực thuộc Đảng bộ huyện ${family}`);
    expect(await axeViolations(page)).toEqual([]);

    // “Under it” on an entry shows those under it.
    await page.getByRole('button', { name: /Bỏ lọc · Clear filters/ }).click();
    await search(page, `tinh ${family}`);
    await expect.poll(() => results(page).locator('li').count()).toBe(1);
    await entry(page, `${prefix}-tinh`)
      .getByRole('button', { name: /Under it/ })
      .click();
    await expect.poll(() => results(page).locator('li').count()).toBe(1);
    expect(await entry(page, `${prefix}-huyen`).count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('shows a name written with HTML as text, and runs none of it', async () => {
    const page = await session.page();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await signIn(page, key);
    await search(page, hostile);
    await expect.poll(() => entry(page, `${prefix}-html`).count()).toBe(1);
    expect(await entry(page, `${prefix}-html`).getByRole('link').first().textContent()).toBe(`<img src=x onerror=alert(1)> ${hostile}`);
    expect(await page.locator('desk-directory img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('finds an organisation and opens its page with the keyboard alone', async () => {
    const page = await session.page();
    await signIn(page, key);
    await expect.poll(() => status(page).textContent()).toMatch(/tổ chức/);
    /** What has focus, looking into shadow roots (the search box is Web Awesome's). */
    const focused = () =>
      page.evaluate(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return { tag: active?.tagName ?? '', text: active?.textContent?.trim() ?? '' };
      });
    const tabUntil = async (wanted: (element: { tag: string; text: string }) => boolean, most: number) => {
      for (let presses = 0; presses < most && !wanted(await focused()); presses += 1) await page.keyboard.press('Tab');
      expect(wanted(await focused())).toBe(true);
    };
    await tabUntil((element) => element.tag === 'INPUT' && element.text === '', 30);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('WA-INPUT');
    await page.keyboard.type('muong khuong');
    await expect.poll(() => entry(page, 'muong-khuong').count()).toBe(1);
    await tabUntil((element) => element.tag === 'A' && element.text === 'Đảng bộ thị trấn Mường Khương', 40);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).hash).toBe('#/org/muong-khuong');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Đảng bộ thị trấn Mường Khương');
    // Back comes to the same search.
    await page.goBack();
    await expect.poll(() => entry(page, 'muong-khuong').count()).toBe(1);
  });
});
