// Importing cells from a CSV: a file with one bad row is checked first (the reason, with line and
// column), fixed in place in the text, checked again and imported, all or nothing; the cells then
// appear in the table. On an organisation of the test's own.
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../browser.ts';
import { organizationWithCells, storedCells } from './cells-setup.ts';
import { axeViolations, issueKey, signIn, watchProblems } from './desk.ts';

const session = useBrowser();

const HEADER = 'Mã,Tên chi bộ,Loại chi bộ,Tình trạng chi ủy,Đảng viên chính thức,Ngày số liệu,Nhiệm kỳ,Nguồn';
const GOOD = 'na-day,Na Đẩy,Chi bộ tổ dân phố,Thành lập trong nhiệm kỳ,14,31/12/2024,2020-2025,Báo Thử Nghiệm';
const BAD = 'sa-ho,Sả Hồ,Chi bộ tổ dân phố,Có lẽ,8,31/12/2024,2020-2025,Báo Thử Nghiệm';
const FIXED = 'sa-ho,Sả Hồ,Chi bộ tổ dân phố,Không đủ điều kiện lập chi ủy,8,31/12/2024,2020-2025,Báo Thử Nghiệm';

describe('importing cells from a CSV', () => {
  it('shows the dry run with line, column and reason; the row is fixed in place, checked again, and imported', async () => {
    const { key } = await issueKey('Phóng viên Nhập Liệu');
    const org = await organizationWithCells(key, 'import-cells', null);
    const page = await session.page();
    const problems = watchProblems(page);
    await signIn(page, key, `#/org/${org}/import`);
    await expect.poll(() => page.getByLabel(/Chọn tệp CSV/).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // A file chosen is read and checked at once.
    await page.getByLabel(/Chọn tệp CSV/).setInputFiles({ name: 'chi-bo.csv', mimeType: 'text/csv', buffer: Buffer.from(`${HEADER}\n${GOOD}\n${BAD}\n`) });
    const dryRun = page.getByTestId('dry-run-heading-table');
    await expect.poll(() => dryRun.count()).toBe(1);
    const rejected = dryRun.locator('tr.rejected');
    await expect.poll(() => rejected.count()).toBe(1);
    const text = (await rejected.textContent()) ?? '';
    expect(text).toContain('3');
    expect(text).toContain('sa-ho');
    expect(text).toContain('Tình trạng chi ủy');
    expect(text).toMatch(/expected one of "existing"/);
    expect(await dryRun.locator('tbody tr').first().textContent()).toContain('Tạo mới · Created');
    expect(await page.getByRole('button', { name: /^Nhập \d+ dòng/ }).count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('dry-run-heading');
    await expect.poll(() => page.locator('.desk-import p.status').textContent()).toContain('1 dòng bị từ chối');
    expect(await axeViolations(page)).toEqual([]);
    // Nothing was written by the dry run.
    expect((await fetch(`${session.baseUrl}/v1/organizations/${org}/cells`)).status).toBe(404);

    // "Fix line 3" selects that line of the text; it is retyped in place.
    await rejected.getByRole('button', { name: /Sửa dòng 3/ }).click();
    const box = page.getByLabel(/Nội dung CSV/);
    expect(
      await box.evaluate((element) => {
        const area = element as HTMLTextAreaElement;
        return area.value.slice(area.selectionStart, area.selectionEnd);
      }),
    ).toBe(BAD);
    await page.keyboard.type(FIXED);
    expect(await box.inputValue()).toBe(`${HEADER}\n${GOOD}\n${FIXED}\n`);
    await expect.poll(() => page.getByText(/The text changed since the check/).count()).toBe(1);
    await page.getByRole('button', { name: /Kiểm tra lại/ }).click();
    const confirm = page.getByRole('button', { name: /^Nhập 2 dòng/ });
    await expect.poll(() => confirm.count()).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('confirm-import');
    expect(await dryRun.locator('tr.rejected').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.keyboard.press('Enter');
    const done = page.getByTestId('import-done-table');
    await expect.poll(() => done.count()).toBe(1);
    await expect.poll(() => page.locator('.desk-import p.status').textContent()).toContain('Đã nhập: 2 mới');
    expect(await axeViolations(page)).toEqual([]);
    const stored = await storedCells(session.baseUrl, org);
    expect(stored.cells.map((c) => [c.slug, c.committee, c.fullMembers])).toEqual([
      ['na-day', 'formed', 14],
      ['sa-ho', 'ineligible', 8],
    ]);

    // The organisation's page is linked; the cells appear in the table.
    expect(await page.getByRole('link', { name: /Xem trang của/ }).getAttribute('href')).toBe(`#/org/${org}`);
    await page.getByRole('link', { name: /Bảng chi bộ/ }).click();
    await expect.poll(() => page.getByLabel('Chi ủy · Committee — Sả Hồ', { exact: true }).count()).toBe(1);
    expect(await page.getByLabel('Chi ủy · Committee — Sả Hồ', { exact: true }).inputValue()).toBe('ineligible');
    expect(await page.getByLabel('Đảng viên chính thức · Full members — Na Đẩy', { exact: true }).inputValue()).toBe('14');
    expect(problems).toEqual([]);
  });

  it('refuses a header it does not know, naming the column, and imports nothing', async () => {
    const { key } = await issueKey('Phóng viên Cột Lạ');
    const org = await organizationWithCells(key, 'import-header', null);
    const page = await session.page();
    await signIn(page, key, `#/org/${org}/import`);
    await page.getByLabel(/Nội dung CSV/).fill(`${HEADER},Ghi chú\n${GOOD},x\n`);
    await page.getByRole('button', { name: /Kiểm tra \(chạy thử\)/ }).click();
    const problem = page.locator('#file-problem');
    await expect.poll(() => problem.count()).toBe(1);
    expect(await problem.textContent()).toContain('Ghi chú');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('file-problem');
    expect(await axeViolations(page)).toEqual([]);
    expect((await fetch(`${session.baseUrl}/v1/organizations/${org}/cells`)).status).toBe(404);
  });
});
