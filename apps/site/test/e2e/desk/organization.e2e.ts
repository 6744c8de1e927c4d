// An organisation's page in the desk: its records with the real elements as live previews, who changed
// each last, its actions (only for its own newsroom), and the embed dialog whose codes, pasted into a
// plain page of another site, show the figures. Writes go to organisations this file creates; the
// seed's Mường Khương is only read.
import type { Frame, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { untilRendered, useBrowser } from '../browser.ts';
import { axeViolations, bearer, issueKey, signIn, uniqueSlug, watchProblems } from './desk.ts';

const session = useBrowser();
const ADMIN = inject('adminToken');
const LABEL = 'Phòng dữ liệu — Thử trang tổ chức';
const SOURCE = { publisher: 'Báo Thử', title: 'Bài thử nghiệm của bàn dữ liệu', url: 'https://example.vn/bai-thu', publishedOn: '2025-07-01' };

const own = uniqueSlug('trang');
const others = uniqueSlug('trang-khac');
let key = '';

async function write(path: string, body: unknown, withKey = key): Promise<Response> {
  const response = await bearer(path, withKey, { method: 'PUT', body: JSON.stringify(body) });
  expect(response.status, await response.clone().text()).toBeLessThan(300);
  return response;
}

beforeAll(async () => {
  ({ key } = await issueKey(LABEL));
  await write(`/v1/organizations/${own}`, { name: `Đảng bộ xã Thử ${own}`, kind: 'grassroots', parent: 'lao-cai' });
  await write(`/v1/organizations/${own}/admissions/2025`, { admitted: 27, target: { min: 30, max: 30 }, asOf: '2025-06-30', sources: [SOURCE] });
  const newsroom = uniqueSlug('bao-khac');
  const created = await bearer('/v1/newsrooms', ADMIN, { method: 'POST', body: JSON.stringify({ slug: newsroom, name: 'Báo Khác' }) });
  expect(created.status).toBe(201);
  const other = await issueKey('Báo khác — Thử', newsroom);
  await write(`/v1/organizations/${others}`, { name: `Đảng bộ xã Khác ${others}`, kind: 'grassroots' }, other.key);
  await write(`/v1/organizations/${others}/admissions/2025`, { admitted: 12, target: null, asOf: '2025-06-30', sources: [SOURCE] }, other.key);
});

/** The frame of the preview iframe named `title` once its element has drawn. */
async function preview(page: Page, title: RegExp): Promise<Frame> {
  const handle = await page.getByTitle(title).elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`no preview titled ${title}`);
  await untilRendered(frame, 1);
  return frame;
}

const lastChange = (page: Page, record: string) => page.locator(`.last-change[data-record="${record}"]`);

describe('an organisation’s page', () => {
  it('shows Mường Khương’s 2024 gauge (53 against 20) and its cell map live, with its details and actions', async () => {
    const page = await session.page();
    const problems = watchProblems(page);
    await signIn(page, key, '#/org/muong-khuong');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Đảng bộ thị trấn Mường Khương');
    const gauge = await preview(page, /Xem trước · Preview: .*Năm 2024/);
    expect(await gauge.locator('party-target-gauge [part="value"]').textContent()).toBe('53');
    expect(await gauge.locator('party-target-gauge [role="meter"]').getAttribute('aria-valuetext')).toContain('chỉ tiêu 20');
    const map = await preview(page, /Xem trước · Preview: .*chi ủy/);
    expect(await map.locator('party-cell-map [part~="tile"]').count()).toBe(25);
    // Its details: the parent by name, the closing day.
    await expect.poll(() => page.locator('.org-details').textContent()).toContain('Đảng bộ huyện Mường Khương');
    expect(await page.locator('.org-details').textContent()).toContain('2025-06-30');
    // Its newsroom's key sees the actions, each to its screen.
    for (const [name, href] of [
      [/Sửa thông tin/, '#/org/muong-khuong/edit'],
      [/Sửa Năm 2024/, '#/org/muong-khuong/admissions/2024'],
      [/Thêm năm hoặc nhiệm kỳ/, '#/org/muong-khuong/admissions'],
      [/Sửa chi bộ/, '#/org/muong-khuong/cells'],
      [/Nhập từ CSV/, '#/org/muong-khuong/import'],
      [/Lịch sử Năm 2024/, '#/org/muong-khuong/history?record=admissions%2F2024'],
      [/Lịch sử chi bộ/, '#/org/muong-khuong/history?record=cells'],
    ] as const) {
      expect(await page.getByRole('link', { name }).getAttribute('href'), String(name)).toBe(href);
    }
    // The seed's figures were loaded with the database: nobody is on record.
    await expect.poll(() => lastChange(page, 'admissions/2024').textContent()).toContain('không ghi nhận');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('says who changed a record last (the key’s label) after a write, and offers its codes pinned to that revision', async () => {
    await write(`/v1/organizations/${own}/admissions/2025`, { admitted: 31, target: { min: 30, max: 30 }, asOf: '2025-06-30', sources: [SOURCE] });
    const page = await session.page();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.baseUrl });
    const problems = watchProblems(page);
    await signIn(page, key, `#/org/${own}`);
    await expect.poll(() => lastChange(page, 'admissions/2025').textContent()).toContain(LABEL);
    expect(await lastChange(page, 'organization').textContent()).toContain(LABEL);
    expect(await page.locator('article[data-period="2025"]').textContent()).toContain('revision 2');
    const gauge = await preview(page, /Xem trước · Preview: .*Năm 2025/);
    expect(await gauge.locator('party-target-gauge [part="value"]').textContent()).toBe('31');
    expect(await page.getByText('Chưa có số liệu chi bộ.').count()).toBe(1);

    const opener = page.getByRole('button', { name: /Mã nhúng Năm 2025/ });
    await opener.click();
    await expect.poll(() => page.getByRole('dialog', { name: /Mã nhúng · Embed codes/ }).count()).toBe(1);
    // Its content is slotted light DOM: found from the dialog's element, not from the shadow <dialog>.
    const dialog = page.locator('desk-embed-dialog');
    const script = dialog.getByLabel(/Script \+ thẻ/);
    await expect.poll(() => script.inputValue()).toContain(`<party-target-gauge org="${own}" period="2025" revision="2"`);
    expect(await dialog.getByLabel('Iframe').inputValue()).toContain(`/embed/party-target-gauge?org=${own}&amp;period=2025&amp;revision=2`);
    expect(await dialog.getByLabel(/Liên kết/).inputValue()).toBe(`${session.baseUrl}/embed/party-target-gauge?org=${own}&period=2025&revision=2`);
    expect(await dialog.getByLabel(/Ảnh · Image/).inputValue()).toContain('revision=2');
    expect(await script.inputValue()).toContain('Đã kết nạp 31 đảng viên');
    expect(await dialog.getByRole('link', { name: /Open in the embed builder/ }).getAttribute('href')).toBe(
      `/builder?element=party-target-gauge&org=${own}&period=2025&revision=2`,
    );
    expect(await axeViolations(page)).toEqual([]);

    await dialog.getByRole('button', { name: /Copy Script \+ thẻ/ }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(await script.inputValue());

    await dialog.getByRole('radio', { name: /Live/ }).check();
    await expect.poll(() => script.inputValue()).toContain(`<party-target-gauge org="${own}" period="2025" style=`);
    expect(await script.inputValue()).not.toContain('revision');
    await dialog.getByRole('radio', { name: /Pinned to revision 2/ }).check();
    await expect.poll(() => script.inputValue()).toContain('revision="2"');
    const pinned = await script.inputValue();

    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    // Focus is back on the button that opened it (the button inside Web Awesome's shadow root).
    await expect.poll(() => opener.evaluate((element) => element === (element.getRootNode() as Document | ShadowRoot).activeElement)).toBe(true);
    expect(problems).toEqual([]);

    // A later write does not move the pinned code, pasted into a plain page of another site.
    await write(`/v1/organizations/${own}/admissions/2025`, { admitted: 35, target: { min: 30, max: 30 }, asOf: '2025-06-30', sources: [SOURCE] });
    const article = await session.page();
    await article.goto(
      session.publish(`/bai-${own}`, `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Bài</title></head><body>${pinned}</body></html>`),
    );
    await untilRendered(article, 1);
    expect(await article.locator('party-target-gauge [part="value"]').textContent()).toBe('31');
    expect(await article.locator('party-target-gauge [role="meter"]').getAttribute('aria-valuetext')).toContain('chỉ tiêu 30');
  });

  it('lists the census of every day, previews the latest map, and offers the map’s codes', async () => {
    const cell = (name: string, asOf: string) => ({ name, kind: 'residential', committee: 'none', asOf, sources: [SOURCE] });
    await write(`/v1/organizations/${own}/cells/na-day`, cell('Na Đẩy', '2025-03-31'));
    await write(`/v1/organizations/${own}/cells/ban-xen`, cell('Bản Xen', '2025-06-30'));
    const page = await session.page();
    const problems = watchProblems(page);
    await signIn(page, key, `#/org/${own}`);
    const table = page.getByRole('table', { name: /Censuses by date/ });
    await expect
      .poll(() => table.getByRole('row').allTextContents())
      .toEqual([
        expect.stringContaining('As of'),
        expect.stringMatching(/2025-06-30\s*2\s*2\s*.*Thử trang tổ chức/),
        expect.stringMatching(/2025-03-31\s*1\s*1\s*.*Thử trang tổ chức/),
      ]);
    const map = await preview(page, /Xem trước · Preview: .*chi ủy/);
    expect(await map.locator('party-cell-map [part~="tile"]').count()).toBe(2);
    await expect.poll(() => lastChange(page, 'cells').textContent()).toContain(LABEL);
    await page.getByRole('button', { name: /Mã nhúng bản đồ chi bộ/ }).click();
    await expect
      .poll(() =>
        page
          .locator('desk-embed-dialog')
          .getByLabel(/Liên kết/)
          .inputValue(),
      )
      .toBe(`${session.baseUrl}/embed/party-cell-map?org=${own}&revision=2`);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('shows another newsroom’s organisation read-only, its codes still one click away', async () => {
    const page = await session.page();
    const problems = watchProblems(page);
    await signIn(page, key, `#/org/${others}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(`Đảng bộ xã Khác ${others}`);
    await preview(page, /Xem trước · Preview: .*Năm 2025/);
    expect(await page.getByText(/Another newsroom maintains this organisation/).count()).toBe(1);
    expect(await page.getByRole('link', { name: /^Sửa|Lịch sử|Nhập từ CSV|Thêm năm/ }).count()).toBe(0);
    // When it changed is public; who changed it is its newsroom's to know.
    await expect.poll(() => lastChange(page, 'admissions/2025').count()).toBe(1);
    expect(await lastChange(page, 'admissions/2025').locator('.last-change-by').count()).toBe(0);
    await page.getByRole('button', { name: /Mã nhúng Năm 2025/ }).click();
    await expect
      .poll(() =>
        page
          .locator('desk-embed-dialog')
          .getByLabel(/Liên kết/)
          .inputValue(),
      )
      .toContain(`org=${others}&period=2025&revision=1`);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('offers the ranking of the organisations under a district for a period, whose code shows the town’s 53 of 20 on a plain page', async () => {
    const page = await session.page();
    const problems = watchProblems(page);
    await signIn(page, key, '#/org/huyen-muong-khuong');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Đảng bộ huyện Mường Khương');
    const period = page.getByLabel(/Kỳ · Period/);
    await expect.poll(() => period.count()).toBe(1);
    await period.fill('2024');
    await page.getByRole('button', { name: /Mã nhúng xếp hạng/ }).click();
    const dialog = page.locator('desk-embed-dialog');
    await expect
      .poll(() => dialog.getByLabel(/Liên kết/).inputValue())
      .toBe(`${session.baseUrl}/embed/party-target-ranking?org=huyen-muong-khuong&period=2024`);
    const script = await dialog.getByLabel(/Script \+ thẻ/).inputValue();
    expect(script).toContain('<party-target-ranking org="huyen-muong-khuong" period="2024"');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);

    const article = await session.page();
    await article.goto(
      session.publish('/bai-xep-hang', `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Bài</title></head><body>${script}</body></html>`),
    );
    await untilRendered(article, 1);
    const row = article.locator('party-target-ranking [data-slug="muong-khuong"]').first();
    expect(await row.locator('[part~="figures"]').textContent()).toBe('53/20');
  });

  it('says so when the organisation does not exist', async () => {
    const page = await session.page();
    await signIn(page, key, '#/org/khong-co-to-chuc-nay');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('khong-co-to-chuc-nay');
    expect(await axeViolations(page)).toEqual([]);
  });
});
