// The desk as a new staff member meets it, start to finish, moving between screens by their links
// (never by typing an address): sign in with the key the administrator gave; find the district
// without typing its accents; create a commune's organisation under it; enter its 2024 admissions
// with a range target and a source; import its cells from a spreadsheet with one bad row (see why,
// fix it, import); change a cell; lose a race to a colleague on the admissions (412, both versions,
// nothing typed lost); restore an older revision; and publish a pinned gauge into a plain page of
// the newsroom's site, where it shows the figures and keeps them after a later change.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { untilRendered, useBrowser } from '../browser.ts';
import { axeViolations, bearer, issueKey, signIn, uniqueSlug, watchProblems } from './desk.ts';

const session = useBrowser();

const HEADER = 'Mã,Tên chi bộ,Loại chi bộ,Tình trạng chi ủy,Đảng viên chính thức,Ngày số liệu,Nhiệm kỳ,Nguồn';
const GOOD = 'thon-ban-sen,Thôn Bản Sen,Chi bộ tổ dân phố,Có chi ủy từ đầu nhiệm kỳ,16,31/12/2024,2020-2025,Báo Thử Nghiệm';
const BAD = 'thon-na-lo,Thôn Nà Lọ,Chi bộ tổ dân phố,Chắc là có,11,31/12/2024,2020-2025,Báo Thử Nghiệm';
const FIXED = 'thon-na-lo,Thôn Nà Lọ,Chi bộ tổ dân phố,Chưa có chi ủy,11,31/12/2024,2020-2025,Báo Thử Nghiệm';

async function clickLink(page: Page, name: RegExp): Promise<void> {
  const link = page.getByRole('link', { name }).first();
  await expect.poll(() => link.count()).toBe(1);
  await link.click();
}

async function admissions2024(org: string): Promise<{ revision: number; admitted: number; target: unknown; sources: { title: string | null }[] }> {
  const response = await fetch(`${session.baseUrl}/v1/organizations/${org}/admissions/2024`, { headers: { 'Cache-Control': 'no-cache' } });
  expect(response.status).toBe(200);
  return (await response.json()) as Awaited<ReturnType<typeof admissions2024>>;
}

describe('a new staff member at the desk', () => {
  it('enters an organisation’s figures from an article, imports its cells, settles a conflict, restores a revision and publishes a pinned gauge', async () => {
    const { key } = await issueKey('Phóng viên mới — Thảo');
    const colleague = await issueKey('Thư ký tòa soạn — Khoa');
    const page = await session.page();
    const problems = watchProblems(page);
    // The questions the desk asks before leaving a screen with unsaved work are answered "leave".
    page.on('dialog', (dialog) => void dialog.accept());

    // Sign in, then find the district by its name typed without accents.
    await signIn(page, key);
    await page.getByLabel(/Tìm theo tên · Search by name/).fill('huyen muong khuong');
    const district = page.locator('.directory-tree li[data-slug="huyen-muong-khuong"]');
    await expect.poll(() => district.count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await district.getByRole('link', { name: 'Đảng bộ huyện Mường Khương', exact: true }).first().click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Đảng bộ huyện Mường Khương');

    // A new commune's organisation under it.
    await clickLink(page, /Thêm tổ chức trực thuộc · Add one under it/);
    const suffix = uniqueSlug('x').slice(2);
    const name = `Đảng bộ xã Thử Nghiệm ${suffix}`;
    const org = `dang-bo-xa-thu-nghiem-${suffix}`;
    await page.getByLabel(/Tên tổ chức · Name/).fill(name);
    await expect.poll(() => page.getByLabel(/Mã định danh · Slug/).inputValue()).toBe(org);
    await page.getByRole('radio', { name: /Cơ sở · Grassroots/ }).click();
    await page.getByLabel(/Từ ngày · Valid from/).fill('2020-01-01');
    await page.getByRole('button', { name: /Lưu · Save/ }).click();
    await expect.poll(() => page.getByRole('heading', { name: /Đã lưu phiên bản 1/ }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    const created = (await (await bearer(`/v1/organizations/${org}`, key)).json()) as Record<string, unknown>;
    expect(created).toMatchObject({ name, kind: 'grassroots', parent: 'huyen-muong-khuong', revision: 1 });

    // Its 2024 admissions, from an article: a range target and the article as source.
    await clickLink(page, /Back to the organisation/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(name);
    await clickLink(page, /Thêm năm hoặc nhiệm kỳ · Add a year or term/);
    await page.getByLabel(/Period: a year or a term/).fill('2024');
    await page.getByLabel(/Members admitted/).fill('12');
    await page.getByLabel(/Figures as of/).fill('2024-12-31');
    await page.getByRole('radio', { name: /A range/ }).click();
    await page.getByLabel(/Target from/).fill('10');
    await page.getByLabel(/Target to/).fill('15');
    await page.getByLabel(/Publisher \(1\)/).fill('Báo Thử Nghiệm');
    await page.getByLabel(/Title \(1\)/).fill('Xã thử nghiệm kết nạp đảng viên năm 2024');
    await page.getByLabel(/Link \(1\)/).fill('https://bao-thu-nghiem.example.vn/ket-nap-2024');
    await page.getByLabel(/Published on \(1\)/).fill('2025-01-10');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /Lưu · Save/ }).click();
    await expect.poll(() => page.getByRole('heading', { name: /Đã lưu phiên bản 1/ }).count()).toBe(1);
    expect(await admissions2024(org)).toMatchObject({ revision: 1, admitted: 12, target: { min: 10, max: 15 } });

    // Its cells from a spreadsheet: the bad row is explained, fixed in place, and the file imported.
    await clickLink(page, /Back to the organisation/);
    await clickLink(page, /Nhập từ CSV · Import a CSV/);
    await page.getByLabel(/Nội dung CSV/).fill(`${HEADER}\n${GOOD}\n${BAD}\n`);
    await page.getByRole('button', { name: /Kiểm tra \(chạy thử\)/ }).click();
    const rejected = page.getByTestId('dry-run-heading-table').locator('tr.rejected');
    await expect.poll(() => rejected.count()).toBe(1);
    expect(await rejected.textContent()).toContain('Tình trạng chi ủy');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel(/Nội dung CSV/).fill(`${HEADER}\n${GOOD}\n${FIXED}\n`);
    await page.getByRole('button', { name: /Kiểm tra lại/ }).click();
    await page.getByRole('button', { name: /^Nhập 2 dòng/ }).click();
    await expect.poll(() => page.locator('.desk-import p.status').textContent()).toContain('Đã nhập: 2 mới');

    // A cell changes: Nà Lọ has formed its committee.
    await clickLink(page, /Bảng chi bộ/);
    const committee = page.getByLabel('Chi ủy · Committee — Thôn Nà Lọ', { exact: true });
    await expect.poll(() => committee.inputValue()).toBe('none');
    await committee.selectOption('formed');
    await page.getByLabel(/Ngày lập chi ủy · Committee formed on — Thôn Nà Lọ/).fill('2024-09-15');
    await page.getByRole('button', { name: 'Lưu · Save' }).click();
    await expect.poll(() => page.getByTestId('saved-revision').textContent()).toContain('Phiên bản 2');
    expect(await axeViolations(page)).toEqual([]);

    // A colleague saves the admissions while I am correcting the source's title: 412, both versions, I choose.
    await clickLink(page, /Về trang tổ chức|← /);
    await clickLink(page, /Sửa Năm 2024 · Edit/);
    await expect.poll(() => page.getByLabel(/Members admitted/).inputValue()).toBe('12');
    await page.getByLabel(/Title \(1\)/).fill('Xã thử nghiệm vượt chỉ tiêu kết nạp năm 2024');
    const theirs = await session.page();
    await signIn(theirs, colleague.key, `#/org/${org}/admissions/2024`);
    await expect.poll(() => theirs.getByLabel(/Members admitted/).inputValue()).toBe('12');
    await theirs.getByLabel(/Members admitted/).fill('13');
    await theirs.getByRole('button', { name: /Lưu · Save/ }).click();
    await expect.poll(() => theirs.getByRole('heading', { name: /Đã lưu phiên bản 2/ }).count()).toBe(1);

    await page.getByRole('button', { name: /Lưu · Save/ }).click();
    const merge = page.locator('desk-merge-dialog');
    await expect.poll(() => page.getByRole('dialog', { name: /Someone saved first/ }).count()).toBe(1);
    await expect.poll(() => merge.textContent()).toContain('Thư ký tòa soạn — Khoa');
    expect(await axeViolations(page)).toEqual([]);
    // Their count (13), my title.
    await merge.locator('tr[data-path="admitted"]').getByRole('radio').first().check();
    await merge.getByRole('button', { name: /Use the chosen values/ }).click();
    await expect.poll(() => page.getByRole('heading', { name: /Đã lưu phiên bản 3/ }).count()).toBe(1);
    const merged = await admissions2024(org);
    expect(merged).toMatchObject({ revision: 3, admitted: 13 });
    expect(merged.sources[0]?.title).toBe('Xã thử nghiệm vượt chỉ tiêu kết nạp năm 2024');

    // The colleague's count was a typo: revision 1 is restored from the history, as revision 4.
    await clickLink(page, /Back to the organisation/);
    await clickLink(page, /Lịch sử Năm 2024 · History/);
    await expect.poll(() => page.locator('li[data-revision]').count()).toBe(3);
    expect(await page.locator('li[data-revision="2"]').getByTestId('revision-author').textContent()).toBe('Thư ký tòa soạn — Khoa');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /Mở phiên bản 1 ·/ }).click();
    await page.getByRole('button', { name: /Khôi phục phiên bản 1 ·/ }).click();
    await expect.poll(() => page.getByRole('dialog', { name: /Khôi phục phiên bản 1/ }).count()).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('li[data-revision]').count()).toBe(4);
    expect(await admissions2024(org)).toMatchObject({ revision: 4, admitted: 12, target: { min: 10, max: 15 } });

    // Publish: the gauge's code pinned to the revision just written, pasted into a plain page of the newsroom's site.
    await page.getByRole('link', { name, exact: true }).first().click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(name);
    await page.getByRole('button', { name: /Mã nhúng Năm 2024/ }).click();
    const codes = page.locator('desk-embed-dialog');
    const script = codes.getByLabel(/Script \+ thẻ/);
    await expect.poll(() => script.inputValue()).toContain(`<party-target-gauge org="${org}" period="2024" revision="4"`);
    expect(await axeViolations(page)).toEqual([]);
    const code = await script.inputValue();
    await page.keyboard.press('Escape');
    expect(problems).toEqual([]);

    // A later change does not move the published numbers.
    const later = await bearer(`/v1/organizations/${org}/admissions/2024`, key, {
      method: 'PUT',
      headers: { 'If-Match': '"4"' },
      body: JSON.stringify({
        admitted: 20,
        target: { min: 10, max: 15 },
        asOf: '2024-12-31',
        sources: [{ publisher: 'Báo Thử Nghiệm', title: null, url: null, publishedOn: null }],
      }),
    });
    expect(later.status).toBe(200);
    const article = await session.page();
    await article.goto(
      session.publish(
        `/xa-thu-nghiem-${suffix}`,
        `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Bài thử</title></head><body><p>Bài viết.</p>${code}</body></html>`,
      ),
    );
    await untilRendered(article, 1);
    expect(await article.locator('party-target-gauge [part="value"]').textContent()).toBe('12');
    expect(await article.locator('party-target-gauge [role="meter"]').getAttribute('aria-valuetext')).toMatch(/chỉ tiêu 10.{1,3}15/);
  });
});
