// "From an article": a reporter pastes a report, sees every proposed figure highlighted in the text,
// corrects one, drops one, picks the organisation, saves, and the gauge shows the figures with the
// article as their source; a record already stored is compared field by field before saving.
// The report texts are our own words, written in the style of the provincial papers' reports.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../browser.ts';
import { axeViolations, bearer, issueKey, signIn, uniqueSlug, watchProblems } from './desk.ts';

const session = useBrowser();

const TOWN_REPORT =
  'Năm 2024, Đảng bộ thị trấn Cốc Sâm kết nạp được 27 đảng viên mới, vượt 7 đảng viên so với chỉ tiêu cấp trên giao. ' +
  'Đến cuối năm, toàn Đảng bộ có 318 đảng viên, sinh hoạt tại 21 chi bộ; 19/21 chi bộ thôn, tổ dân phố đã có cấp ủy. ' +
  'Cùng thời gian, Đảng bộ xã Na Hối kết nạp 11 đảng viên, đạt 110% chỉ tiêu.';

const COMMUNE_REPORT = 'Trong năm 2024, Đảng bộ xã Lùng Vai đã kết nạp 27 đảng viên, vượt 7 đảng viên so với chỉ tiêu, nâng tổng số đảng viên lên 318.';

const CELLS_REPORT =
  'Năm 2024, Đảng bộ xã Thải Giàng kết nạp 14 đảng viên mới. Đầu nhiệm kỳ, toàn xã có 5 chi bộ thôn chưa có chi ủy; ' +
  'đến nay 2 chi bộ đã bầu được chi ủy là Cốc Phà và Lao Chải.';

const ARTICLE = {
  publisher: 'Báo Thử Nghiệm',
  title: 'Phát triển đảng viên ở vùng cao',
  url: 'https://bao-thu-nghiem.example/phat-trien-dang-vien',
  publishedOn: '2025-01-08',
};

/** A grassroots organisation of the test's own, made with the key as a script would. */
async function createOrganization(key: string, name: string): Promise<string> {
  const slug = uniqueSlug('extract');
  const response = await bearer(`/v1/organizations/${slug}`, key, { method: 'PUT', body: JSON.stringify({ name, kind: 'grassroots' }) });
  expect(response.status).toBe(201);
  return slug;
}

/** Pastes `text` and the article's source, and asks for the figures. */
async function readArticle(page: Page, text: string): Promise<void> {
  await page.getByLabel(/Nội dung bài viết/).fill(text);
  await page.getByLabel(/Tên báo · Publisher/).fill(ARTICLE.publisher);
  await page.getByLabel(/Tiêu đề · Title/).fill(ARTICLE.title);
  await page.getByLabel(/Đường dẫn · Link/).fill(ARTICLE.url);
  await page.getByLabel(/Ngày đăng · Published on/).fill(ARTICLE.publishedOn);
  await page.getByRole('button', { name: /Đọc các con số/ }).click();
  await expect.poll(() => page.locator('mark').count()).toBeGreaterThan(0);
}

/**
 * Picks the organisation through the picker's documented interface (`value` + a bubbling `change`),
 * which the placeholder and the directory's search combobox share; the combobox's own keyboard use
 * is the directory's test.
 */
async function pickOrganization(page: Page, group: RegExp, slug: string): Promise<void> {
  await page
    .getByRole('region', { name: group })
    .locator('desk-org-picker')
    .evaluate((picker, value) => {
      (picker as HTMLElement & { value: string | null }).value = value;
      picker.dispatchEvent(new Event('change', { bubbles: true }));
    }, slug);
}

function proposal(page: Page, name: RegExp) {
  return page.getByRole('listitem', { name });
}

describe('from an article to the figures', () => {
  it('highlights each proposed figure, takes a correction and a drop, saves to the picked organisation, and the gauge shows it with the article as source', async () => {
    const { key } = await issueKey('Phóng viên Hà');
    const slug = await createOrganization(key, 'Đảng bộ thị trấn Cốc Sâm (thử)');
    const page = await session.page();
    const problems = watchProblems(page);
    await signIn(page, key, '#/extract');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Từ bài viết');
    expect(await axeViolations(page)).toEqual([]);

    // A link that is not http(s) is named before anything is read.
    await page.getByLabel(/Nội dung bài viết/).fill(TOWN_REPORT);
    await page.getByLabel(/Đường dẫn · Link/).fill('ftp://bao-thu-nghiem.example/bai');
    await page.getByRole('button', { name: /Đọc các con số/ }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Nguồn · Source url');
    expect(await page.locator('mark').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await readArticle(page, TOWN_REPORT);
    const admitted = proposal(page, /Kết nạp · Admitted: 27/);
    await expect.poll(() => admitted.count()).toBe(1);
    // The words of each proposal are highlighted, and the text is the text (no markup of ours in it).
    const marks = await page.locator('mark').allTextContents();
    expect(marks).toEqual(expect.arrayContaining(['kết nạp được 27 đảng viên', 'vượt 7 đảng viên so với chỉ tiêu cấp trên giao', 'có 318 đảng viên']));
    expect(await page.locator('.extract-text').textContent()).toBe(TOWN_REPORT);
    // The derived target says how it was worked out, from which words.
    const target = proposal(page, /Chỉ tiêu · Target: 20/);
    expect(await target.textContent()).toContain('27 − 7 = 20');
    expect(await target.textContent()).toContain('“vượt 7 đảng viên so với chỉ tiêu cấp trên giao”');
    expect(await target.textContent()).toContain('Admissions 2024');
    // Figures the records do not hold are there for reference, without actions.
    expect(
      await proposal(page, /Chi bộ có cấp ủy · Cells with a committee: 19/)
        .getByRole('button', { name: /Nhận/ })
        .count(),
    ).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // Keyboard alone: a highlight leads to its proposal, the proposal back to its words, and Accept takes it.
    const admittedMark = page.locator('mark').filter({ hasText: 'kết nạp được 27 đảng viên' }).getByRole('button');
    await admittedMark.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(await admitted.getAttribute('id'));
    expect(await admittedMark.getAttribute('aria-describedby')).toContain(await admitted.getAttribute('aria-labelledby'));
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toContain('Xem trong bài');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('mark')?.textContent)).toBe('kết nạp được 27 đảng viên');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toContain('Nhận · Accept');
    await page.keyboard.press('Enter');
    await expect.poll(() => admitted.textContent()).toContain('Đã nhận · Accepted');
    await target.getByRole('button', { name: /Nhận · Accept/ }).click();

    // Correct one: the text's 318 members become 320.
    const members = proposal(page, /Tổng số đảng viên · Total members: 318/);
    await members.getByRole('button', { name: /Sửa · Correct/ }).click();
    const corrected = page.getByRole('form', { name: /Sửa con số/ }).getByLabel(/Giá trị đúng/);
    await corrected.fill('31.5');
    await corrected.press('Enter');
    await expect
      .poll(() =>
        page
          .getByRole('form', { name: /Sửa con số/ })
          .getByRole('alert')
          .textContent(),
      )
      .toContain('A whole number of 0 or more');
    expect(await axeViolations(page)).toEqual([]);
    await corrected.fill('320');
    await corrected.press('Enter');
    const correctedMembers = proposal(page, /Tổng số đảng viên · Total members: 320/);
    await expect.poll(() => correctedMembers.textContent()).toContain('Đã sửa · Corrected');
    expect(await correctedMembers.textContent()).toContain('bài viết · text: 318');

    // Drop the commune the text names beside the town (its figures belong to nobody this test owns).
    const commune = page.getByRole('region', { name: /Đảng bộ xã Na Hối/ });
    for (const name of [/Kết nạp · Admitted: 11/, /Chỉ tiêu · Target: 10/])
      await proposal(page, name)
        .getByRole('button', { name: /Bỏ · Drop/ })
        .click();
    expect(await commune.getByText('Đã bỏ · Dropped').count()).toBe(2);

    // The text gives no day: saving waits for the organisation and the day the person types.
    const save = page.getByRole('button', { name: /Lưu các con số đã nhận/ });
    expect(await page.getByRole('list', { name: /Trước khi lưu/ }).textContent()).toContain('Chọn tổ chức cho “Đảng bộ thị trấn Cốc Sâm”');
    await pickOrganization(page, /Đảng bộ thị trấn Cốc Sâm/, slug);
    await expect.poll(() => page.getByText(/Chưa có bản ghi nào cho kỳ này/).count()).toBe(1);
    await page
      .getByRole('region', { name: /Đảng bộ thị trấn Cốc Sâm/ })
      .getByLabel(/Tính đến ngày/)
      .fill('2024-12-31');
    await expect.poll(() => page.getByRole('list', { name: /Trước khi lưu/ }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await save.click();
    await expect.poll(() => page.getByText(/Đã lưu kết nạp 2024/).count()).toBe(1);
    expect(await page.getByRole('button', { name: /Lấy mã nhúng/ }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    const stored = (await (await fetch(`${session.baseUrl}/v1/organizations/${slug}/admissions/2024`)).json()) as Record<string, unknown>;
    expect(stored).toMatchObject({
      admitted: 27,
      target: { min: 20, max: 20 },
      totalMembers: 320,
      termToDate: null,
      asOf: '2024-12-31',
      sources: [ARTICLE],
    });

    await page.goto(`${session.baseUrl}/embed/party-target-gauge?org=${slug}&period=2024`);
    const gauge = page.locator('party-target-gauge');
    await expect.poll(() => gauge.locator('.source').count()).toBe(1);
    expect(await gauge.locator('.source').textContent()).toContain(`${ARTICLE.publisher}, “${ARTICLE.title}”`);
    await expect.poll(() => gauge.evaluate((element) => element.shadowRoot?.textContent ?? '')).toContain('27');
    expect(problems).toEqual([]);
  });

  it('shows a record already stored for the organisation and period beside the article’s figures before saving, and writes what the person chose', async () => {
    const { key } = await issueKey('Biên tập viên Minh');
    const slug = await createOrganization(key, 'Đảng bộ xã Lùng Vai (thử)');
    const earlier = { publisher: 'Báo Khác', title: null, url: null, publishedOn: '2024-12-20' };
    const first = await bearer(`/v1/organizations/${slug}/admissions/2024`, key, {
      method: 'PUT',
      body: JSON.stringify({ admitted: 25, target: { min: 20, max: 20 }, asOf: '2024-12-15', sources: [earlier] }),
    });
    expect(first.status).toBe(201);

    const page = await session.page();
    const problems = watchProblems(page);
    await signIn(page, key, '#/extract');
    await readArticle(page, COMMUNE_REPORT);
    await page.getByRole('button', { name: /Nhận các đề xuất còn lại/ }).click();
    await pickOrganization(page, /Đảng bộ xã Lùng Vai/, slug);

    const conflict = page.getByRole('group', { name: /Khác với số đã lưu/ });
    await expect.poll(() => conflict.count()).toBe(1);
    const rows = await conflict.getByRole('row').allTextContents();
    expect(rows.slice(1).map((row) => row.replace(/\s+/g, ' ').trim())).toEqual([
      expect.stringMatching(/^Kết nạp · admitted 25 27 /),
      expect.stringMatching(/^Tổng số đảng viên · total members — 318 /),
    ]);
    const save = page.getByRole('button', { name: /Lưu các con số đã nhận/ });
    expect(await page.getByRole('list', { name: /Trước khi lưu/ }).textContent()).toContain('Chọn giữ số đã lưu hay số từ bài');
    expect(await axeViolations(page)).toEqual([]);

    await conflict
      .getByRole('group', { name: /Kết nạp · admitted/ })
      .getByLabel(/Số từ bài/)
      .check();
    await conflict
      .getByRole('group', { name: /Tổng số đảng viên/ })
      .getByLabel(/Số đã lưu/)
      .check();
    await expect.poll(() => page.getByRole('list', { name: /Trước khi lưu/ }).count()).toBe(0);

    // Someone else writes the record first: the save is refused (412), their figures come up to decide again.
    const meanwhile = await bearer(`/v1/organizations/${slug}/admissions/2024`, key, {
      method: 'PUT',
      headers: { 'If-Match': '"1"' },
      body: JSON.stringify({ admitted: 26, target: { min: 20, max: 20 }, asOf: '2024-12-15', sources: [earlier] }),
    });
    expect(meanwhile.status).toBe(200);
    await save.click();
    await expect
      .poll(() =>
        page
          .getByRole('alert')
          .filter({ hasText: /Someone changed this record meanwhile/ })
          .count(),
      )
      .toBe(1);
    await expect.poll(() => conflict.getByRole('row').nth(1).textContent()).toMatch(/26\s*27/);
    expect(await page.getByRole('list', { name: /Trước khi lưu/ }).textContent()).toContain('Chọn giữ số đã lưu hay số từ bài');
    expect(await axeViolations(page)).toEqual([]);
    await conflict
      .getByRole('group', { name: /Kết nạp · admitted/ })
      .getByLabel(/Số từ bài/)
      .check();
    await conflict
      .getByRole('group', { name: /Tổng số đảng viên/ })
      .getByLabel(/Số đã lưu/)
      .check();
    await save.click();
    await expect.poll(() => page.getByText(/Đã lưu kết nạp 2024/).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    const stored = (await (await fetch(`${session.baseUrl}/v1/organizations/${slug}/admissions/2024`)).json()) as Record<string, unknown>;
    expect(stored).toMatchObject({
      admitted: 27,
      target: { min: 20, max: 20 },
      totalMembers: null,
      asOf: '2024-12-15',
      revision: 3,
      sources: [earlier, ARTICLE],
    });
    expect(problems).toEqual([]);
  });

  it('saves the cells the text names to the census of the day typed, with the kind the person chose and nothing the text did not say', async () => {
    const { key } = await issueKey('Phóng viên Tú');
    const slug = await createOrganization(key, 'Đảng bộ xã Thải Giàng (thử)');
    const page = await session.page();
    const problems = watchProblems(page);
    await signIn(page, key, '#/extract');
    await readArticle(page, CELLS_REPORT);
    const cell = proposal(page, /Chi bộ được nêu tên · A named cell: Cốc Phà/);
    await expect.poll(() => cell.textContent()).toContain('→ Chi bộ · Cell “Cốc Phà”');
    await page.getByRole('button', { name: /Nhận các đề xuất còn lại/ }).click();
    await pickOrganization(page, /Đảng bộ xã Thải Giàng/, slug);
    const group = page.getByRole('region', { name: /Đảng bộ xã Thải Giàng/ });
    await group.getByLabel(/Tính đến ngày/).fill('2024-12-31');
    // The text does not say what kind of cells they are: saving waits for the person to say.
    expect(await page.getByRole('list', { name: /Trước khi lưu/ }).textContent()).toContain('Chọn loại cho 2 chi bộ');
    for (const name of [/Cốc Phà/, /Lao Chải/])
      await proposal(page, name)
        .getByLabel(/Loại chi bộ/)
        .selectOption('residential');
    await group.getByLabel(/Ngày của danh sách chi bộ/).fill('2024-12-31');
    await expect.poll(() => page.getByRole('list', { name: /Trước khi lưu/ }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /Lưu các con số đã nhận/ }).click();
    await expect.poll(() => page.getByText(/Đã lưu 2 chi bộ/).count()).toBe(1);
    expect(await page.getByRole('button', { name: /Lấy mã nhúng/ }).count()).toBe(2);

    const census = (await (await fetch(`${session.baseUrl}/v1/organizations/${slug}/cells`)).json()) as { asOf: string; cells: unknown[]; sources: unknown[] };
    expect(census.asOf).toBe('2024-12-31');
    expect(census.cells).toEqual([
      expect.objectContaining({ slug: 'coc-pha', name: 'Cốc Phà', kind: 'residential', committee: 'formed', committeeFormedOn: null, fullMembers: null }),
      expect.objectContaining({ slug: 'lao-chai', name: 'Lao Chải', kind: 'residential', committee: 'formed', committeeFormedOn: null, fullMembers: null }),
    ]);
    expect(census.sources).toEqual([ARTICLE]);
    expect(problems).toEqual([]);
  });
});
