// The history screen: every revision of a record with who wrote it and what changed, an old revision
// opened with its figures pinned in a live preview, and restored with the keyboard as a new revision
// that the live embed then shows. Works on an organisation of its own, written by two people.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { untilRendered, useBrowser } from '../browser.ts';
import { axeViolations, bearer, issueKey, signIn, uniqueSlug, watchProblems } from './desk.ts';

const session = useBrowser();

const SOURCE = { publisher: 'Báo thử nghiệm', title: 'Bài thử về kết nạp đảng viên', url: 'https://example.org/bai-thu', publishedOn: '2024-12-30' };
const ORG = uniqueSlug('lich-su');
const ADMISSIONS = `/v1/organizations/${ORG}/admissions/2024`;

async function ok(response: Response): Promise<Response> {
  expect(response.status, await response.clone().text()).toBeLessThan(300);
  return response;
}

let reporter: { key: string; id: string };
let editor: { key: string; id: string };
let updatedAt: string[];

beforeAll(async () => {
  reporter = await issueKey('Phóng viên Hoa');
  editor = await issueKey('Biên tập viên Minh');
  await ok(await bearer(`/v1/organizations/${ORG}`, reporter.key, { method: 'PUT', body: JSON.stringify({ name: 'Đảng bộ xã Lịch Sử', kind: 'grassroots' }) }));
  const first = { admitted: 53, target: { min: 20, max: 20 }, totalMembers: 450, asOf: '2024-12-31', sources: [SOURCE] };
  await ok(await bearer(ADMISSIONS, reporter.key, { method: 'PUT', body: JSON.stringify(first), headers: { 'If-None-Match': '*' } }));
  await ok(
    await bearer(ADMISSIONS, editor.key, {
      method: 'PUT',
      body: JSON.stringify({ ...first, admitted: 54, totalMembers: 454 }),
      headers: { 'If-Match': '"1"' },
    }),
  );
  const cell = { asOf: '2024-12-31', sources: [SOURCE], name: 'Thôn Thử', kind: 'residential' };
  await ok(await bearer(`/v1/organizations/${ORG}/cells/thon-thu`, reporter.key, { method: 'PUT', body: JSON.stringify({ ...cell, committee: 'none' }) }));
  await ok(
    await bearer(`/v1/organizations/${ORG}/cells/thon-thu`, editor.key, {
      method: 'PUT',
      body: JSON.stringify({ ...cell, committee: 'formed' }),
      headers: { 'If-Match': '"1"' },
    }),
  );
  const history = (await (await ok(await bearer(`${ADMISSIONS}/revisions`, reporter.key))).json()) as { revisions: { updatedAt: string }[] };
  updatedAt = history.revisions.map((r) => r.updatedAt);
});

function revision(page: Page, n: number) {
  return page.locator(`li[data-revision="${n}"]`);
}

describe('the history of a record', () => {
  it('lists every revision with who wrote it, when, and what changed; restores an old one with the keyboard', async () => {
    const { key } = await issueKey('Thư ký tòa soạn Lan');
    const page = await session.page();
    const problems = watchProblems(page);
    await signIn(page, key, `#/org/${ORG}/history?record=admissions/2024`);

    await expect.poll(() => page.locator('li[data-revision]').count()).toBe(2);
    expect(await page.getByRole('list', { name: /Các phiên bản/ }).count()).toBe(1);
    // Newest first, each with its author's label and its time.
    expect(await page.locator('li[data-revision]').evaluateAll((items) => items.map((li) => li.getAttribute('data-revision')))).toEqual(['2', '1']);
    expect(await revision(page, 2).getByTestId('revision-author').textContent()).toBe('Biên tập viên Minh');
    expect(await revision(page, 1).getByTestId('revision-author').textContent()).toBe('Phóng viên Hoa');
    expect(await revision(page, 2).locator('time').getAttribute('datetime')).toBe(updatedAt[0]);
    // The day in Vietnam's time (UTC+7), as vi-VN writes it.
    const day = new Date(Date.parse(updatedAt[0] ?? '') + 7 * 3600_000).toISOString().slice(0, 10).split('-').reverse().join('/');
    expect(await revision(page, 2).locator('time').textContent()).toContain(day);
    // What revision 2 changed, field by field, with readable names.
    const admitted = revision(page, 2).locator('tr[data-path="admitted"]');
    expect(await admitted.locator('th').textContent()).toContain('Số kết nạp');
    expect(await admitted.locator('td').allTextContents()).toEqual(['53', '54']);
    expect(await revision(page, 2).locator('tr[data-path="totalMembers"] td').allTextContents()).toEqual(['450', '454']);
    expect(await revision(page, 2).locator('tbody tr').count()).toBe(2);
    expect(await revision(page, 1).textContent()).toContain('Phiên bản đầu tiên');
    expect(await axeViolations(page)).toEqual([]);

    // Open revision 1 with the keyboard: its content and the gauge pinned to it.
    const open = page.getByRole('button', { name: /Mở phiên bản 1 ·/ });
    expect(await open.getAttribute('aria-expanded')).toBe('false');
    await open.press('Enter');
    const close = page.getByRole('button', { name: /Thu gọn phiên bản 1 ·/ });
    await expect.poll(() => close.getAttribute('aria-expanded')).toBe('true');
    const frame = revision(page, 1).locator('iframe');
    expect(await frame.getAttribute('title')).toMatch(/phiên bản 1/);
    expect(await frame.getAttribute('src')).toBe(`/embed/party-target-gauge?org=${ORG}&period=2024&revision=1`);
    const preview = page.frameLocator(`li[data-revision="1"] iframe`);
    await expect.poll(() => preview.locator('party-target-gauge [part="value"]').textContent()).toBe('53');
    expect(await axeViolations(page)).toEqual([]);

    // Restore: Enter on the button, the dialog asks, Enter confirms (its confirm button has the focus).
    await page.getByRole('button', { name: /Khôi phục phiên bản 1 ·/ }).press('Enter');
    const dialog = page.getByRole('dialog', { name: /Khôi phục phiên bản 1/ });
    await expect.poll(() => dialog.count()).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')).toBe('Khôi phục · Restore');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');

    await expect.poll(() => page.locator('li[data-revision]').count()).toBe(3);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Đã khôi phục' }).textContent()).toContain('phiên bản mới 3');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await revision(page, 3).getByTestId('revision-author').textContent()).toBe('Thư ký tòa soạn Lan');
    expect(await revision(page, 3).locator('tr[data-path="admitted"] td').allTextContents()).toEqual(['54', '53']);
    // The new revision is shown opened, and the focus is on it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('revision-3-heading');
    expect(
      await revision(page, 3)
        .getByRole('button', { name: /Thu gọn phiên bản 3/ })
        .getAttribute('aria-expanded'),
    ).toBe('true');
    expect(await axeViolations(page)).toEqual([]);

    // Its figures are revision 1's, through the API and on the live embed page.
    const stored = (await (await fetch(`${session.baseUrl}${ADMISSIONS}`)).json()) as { revision: number; admitted: number; totalMembers: number };
    expect(stored).toMatchObject({ revision: 3, admitted: 53, totalMembers: 450 });
    const live = await session.page();
    await live.goto(`${session.baseUrl}/embed/party-target-gauge?org=${ORG}&period=2024`);
    await untilRendered(live, 1);
    expect(await live.locator('party-target-gauge [part="value"]').textContent()).toBe('53');
    expect(problems).toEqual([]);
  });

  it('says someone changed the record meanwhile (412) and shows the list again', async () => {
    const { key } = await issueKey('Phóng viên Tùng');
    const page = await session.page();
    await signIn(page, key, `#/org/${ORG}/history?record=admissions/2024`);
    await expect.poll(() => page.locator('li[data-revision]').count()).toBeGreaterThanOrEqual(2);
    const before = await page.locator('li[data-revision]').count();
    await page.getByRole('button', { name: /Mở phiên bản 1 ·/ }).press('Enter');
    await page.getByRole('button', { name: /Khôi phục phiên bản 1 ·/ }).press('Enter');
    await expect.poll(() => page.getByRole('dialog', { name: /Khôi phục phiên bản 1/ }).count()).toBe(1);

    // Someone else writes first.
    const current = (await (await fetch(`${session.baseUrl}${ADMISSIONS}`)).json()) as { revision: number; target: unknown; asOf: string; sources: unknown };
    await ok(
      await bearer(ADMISSIONS, editor.key, {
        method: 'PUT',
        body: JSON.stringify({ admitted: 55, target: current.target, asOf: current.asOf, sources: current.sources }),
        headers: { 'If-Match': `"${current.revision}"` },
      }),
    );
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')).toBe('Khôi phục · Restore');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Someone changed this record meanwhile' }).count()).toBe(1);
    await expect.poll(() => page.locator('li[data-revision]').count()).toBe(before + 1);
    expect(await page.locator('li[data-revision]').first().getByTestId('revision-author').textContent()).toBe('Biên tập viên Minh');
    expect(((await (await fetch(`${session.baseUrl}${ADMISSIONS}`)).json()) as { admitted: number }).admitted).toBe(55);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the cells’ revisions, changed cell by cell, with the map pinned to an old one, and restores it', async () => {
    const page = await session.page();
    await signIn(page, reporter.key, `#/org/${ORG}/history?record=cells`);
    await expect.poll(() => page.locator('li[data-revision]').count()).toBe(2);
    expect(await revision(page, 2).getByTestId('revision-author').textContent()).toBe('Biên tập viên Minh');
    const committee = revision(page, 2).locator('tr[data-path="cells.thon-thu.committee"]');
    expect(await committee.locator('th').textContent()).toContain('Chi bộ thon-thu: chi ủy');
    expect(await committee.locator('td').allTextContents()).toEqual(['none', 'formed']);
    await page.getByRole('button', { name: /Mở phiên bản 1 ·/ }).press('Enter');
    const preview = page.frameLocator(`li[data-revision="1"] iframe`);
    await expect.poll(() => preview.locator('party-cell-map [part~="tile-none"]').count()).toBe(1);
    expect(await preview.locator('party-cell-map [part~="tile-formed"]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // Restored with the keyboard: one new revision holding revision 1's cells, and the live map shows them.
    await page.getByRole('button', { name: /Khôi phục phiên bản 1 ·/ }).press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')).toBe('Khôi phục · Restore');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('li[data-revision]').count()).toBe(3);
    expect(await revision(page, 3).getByTestId('revision-author').textContent()).toBe('Phóng viên Hoa');
    expect(await revision(page, 3).locator('tr[data-path="cells.thon-thu.committee"] td').allTextContents()).toEqual(['formed', 'none']);
    const live = await session.page();
    await live.goto(`${session.baseUrl}/embed/party-cell-map?org=${ORG}`);
    await untilRendered(live, 1);
    expect(await live.locator('party-cell-map [part~="tile-none"]').count()).toBe(1);
    expect(await live.locator('party-cell-map [part~="tile-formed"]').count()).toBe(0);
  });

  it('keeps a closed organisation’s history readable', async () => {
    const closed = uniqueSlug('da-dong');
    await ok(await bearer(`/v1/organizations/${closed}`, reporter.key, { method: 'PUT', body: JSON.stringify({ name: 'Đảng bộ cũ', kind: 'grassroots' }) }));
    await ok(
      await bearer(`/v1/organizations/${closed}`, editor.key, {
        method: 'PUT',
        body: JSON.stringify({ name: 'Đảng bộ cũ', kind: 'grassroots', validTo: '2025-06-30', successors: [ORG] }),
        headers: { 'If-Match': '"1"' },
      }),
    );
    const page = await session.page();
    await signIn(page, reporter.key, `#/org/${closed}/history?record=organization`);
    await expect.poll(() => page.locator('li[data-revision]').count()).toBe(2);
    expect(await revision(page, 2).locator('tr[data-path="validTo"] td').allTextContents()).toEqual(['—', '2025-06-30']);
    expect(await revision(page, 2).locator('tr[data-path="successors.0"] th').textContent()).toContain('Tổ chức kế thừa 1');
    expect(await page.getByTestId('history-organization').textContent()).toBe('Đảng bộ cũ');
    expect(await page.locator('main').textContent()).toContain('closed on 2025-06-30');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('says when there is no such record, or no revision yet, and stays accessible', async () => {
    const page = await session.page();
    await signIn(page, reporter.key, `#/org/${ORG}/history?record=admissions/1999`);
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'not found' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    const bare = uniqueSlug('chua-co');
    await ok(
      await bearer(`/v1/organizations/${bare}`, reporter.key, { method: 'PUT', body: JSON.stringify({ name: 'Đảng bộ chưa có chi bộ', kind: 'grassroots' }) }),
    );
    await page.goto(`${session.baseUrl}/desk#/org/${bare}/history?record=cells`);
    await expect.poll(() => page.locator('main').textContent()).toContain('No revisions yet');
    expect(await page.locator('li[data-revision]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});
