// The cell table: a staff member changes cells, pastes rows from a spreadsheet, changes status in
// bulk, sees a Charter warning and acknowledges it, keeps a draft across a reload, saves, and a
// second person saving first leads to the merge view with nothing lost. On organisations of the
// tests' own: the seed's figures are read by other tests.
import { describe, expect, it } from 'vitest';
import { untilRendered, useBrowser } from '../browser.ts';
import { organizationWithCells, storedCells, tabTo } from './cells-setup.ts';
import { axeViolations, issueKey, signIn, watchProblems } from './desk.ts';

const session = useBrowser();

const CELLS = [
  { slug: 'na-day', name: 'Na Đẩy', kind: 'residential', committee: 'existing', committeeFormedOn: null, fullMembers: 12 },
  { slug: 'sa-ho', name: 'Sả Hồ', kind: 'residential', committee: 'none', committeeFormedOn: null, fullMembers: null },
];

describe('the cell table', () => {
  it('changes a cell, pastes rows, changes status in bulk, warns, keeps a draft over a reload, checks, and saves', async () => {
    const { key } = await issueKey('Phóng viên Cúc');
    const org = await organizationWithCells(key, 'cells-edit', CELLS);
    const page = await session.page();
    const problems = watchProblems(page);
    // Leaving with unsaved changes asks: the desk's own question is answered "stay", the browser's (reload) "leave".
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void (dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss());
    });
    await signIn(page, key, `#/org/${org}/cells`);
    const committee = (name: string) => page.getByLabel(`Chi ủy · Committee — ${name}`, { exact: true });
    const members = (name: string) => page.getByLabel(`Đảng viên chính thức · Full members — ${name}`, { exact: true });
    await expect.poll(() => committee('Sả Hồ').count()).toBe(1);
    expect(await committee('Na Đẩy').inputValue()).toBe('existing');
    expect(await axeViolations(page)).toEqual([]);

    // A committee "formed" in a cell of 5 full members: the Charter's warning, shown and acknowledged.
    await members('Sả Hồ').fill('5');
    await committee('Sả Hồ').selectOption('formed');
    const warning = page.locator('li[data-code="committee_too_small"]');
    await expect.poll(() => warning.count()).toBe(1);
    expect(await committee('Sả Hồ').getAttribute('aria-describedby')).toContain('warning');
    expect(await axeViolations(page)).toEqual([]);
    await warning.getByRole('button', { name: /Đã hiểu/ }).click();
    await expect.poll(() => warning.count()).toBe(0);
    await expect.poll(() => page.getByText('Đã ghi nhận 1').count()).toBe(1);

    // Rows pasted from a spreadsheet: what was understood is shown before it is used.
    await page.getByLabel('Các dòng đã chép · Copied rows').fill('Lao Chải\t\tChi bộ tổ dân phố\tChưa có chi ủy\t10\nPhố Mới\tpho-moi\tresidential\tmaybe\n');
    await page.getByRole('button', { name: /Đọc các dòng/ }).click();
    await expect.poll(() => page.locator('#paste-preview caption').textContent()).toContain('Đã hiểu 1 / 2');
    await expect.poll(() => page.locator('#paste-preview tr.rejected').textContent()).toContain('committee: Invalid option');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /Thêm \/ cập nhật 1 dòng/ }).click();
    await expect.poll(() => committee('Lao Chải').inputValue()).toBe('none');
    expect(await page.getByLabel('Mã · Slug — Lao Chải').inputValue()).toBe('lao-chai');

    // Bulk: two rows selected, their status changed at once.
    await page.getByLabel('Chọn · Select — Na Đẩy').check();
    await page.getByLabel('Chọn · Select — Lao Chải').check();
    await page.getByLabel(/Chi ủy cho các dòng đã chọn/).selectOption('unknown');
    await page.getByRole('button', { name: /Áp dụng cho 2 dòng/ }).click();
    await expect.poll(() => committee('Na Đẩy').inputValue()).toBe('unknown');
    expect(await committee('Lao Chải').inputValue()).toBe('unknown');
    expect(await committee('Sả Hồ').inputValue()).toBe('formed');

    // A range pasted straight into the table is read and shown first, like the paste box.
    await members('Na Đẩy').evaluate((input) => {
      const data = new DataTransfer();
      data.setData('text/plain', 'Cốc Lầy\tcoc-lay\tresidential\tnone\n');
      input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => page.locator('#paste-preview caption').textContent()).toContain('Đã hiểu 1 / 1');
    await page.getByRole('button', { name: /^Bỏ · Dismiss$/ }).click();
    expect(await members('Na Đẩy').inputValue()).toBe('12');

    // Leaving for another screen asks first; staying keeps everything.
    await page.getByRole('link', { name: `← Đảng bộ ${org}` }).click();
    await expect.poll(() => dialogs).toEqual(['confirm']);
    expect(await committee('Lao Chải').inputValue()).toBe('unknown');

    // The draft survives a reload, with a notice and a way to throw it away.
    await page.reload();
    expect(dialogs).toEqual(['confirm', 'beforeunload']);
    await expect.poll(() => page.getByTestId('draft-restored').count()).toBe(1);
    await expect.poll(() => committee('Lao Chải').count()).toBe(1);
    expect(await members('Sả Hồ').inputValue()).toBe('5');
    expect(await committee('Na Đẩy').inputValue()).toBe('unknown');
    expect(await axeViolations(page)).toEqual([]);

    // A figure that is not a count: checked in the browser, named on its cell, focused, linked.
    await members('Lao Chải').fill('mười');
    await page.getByRole('button', { name: 'Lưu · Save' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Đảng viên chính thức · Full members — Lao Chải');
    expect(await members('Lao Chải').getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await members('Lao Chải').getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy.split(' ')[0]}"]`).textContent()).toMatch(/number/i);
    expect(await axeViolations(page)).toEqual([]);
    expect((await storedCells(session.baseUrl, org)).revision).toBe(1);

    await members('Lao Chải').fill('10');
    await page.getByRole('button', { name: 'Lưu · Save' }).click();
    await expect.poll(() => page.getByTestId('saved-revision').textContent()).toContain('Phiên bản 2');
    await expect.poll(() => page.locator('.cells-editor p.status').textContent()).toContain('Saved as revision 2');
    await page.getByRole('button', { name: /Mã nhúng/ }).click();
    expect(await page.getByTestId('draft-restored').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    const stored = await storedCells(session.baseUrl, org);
    expect(stored.cells.map((c) => [c.slug, c.committee, c.fullMembers])).toEqual([
      ['na-day', 'unknown', 12],
      ['sa-ho', 'formed', 5],
      ['lao-chai', 'unknown', 10],
    ]);
    // Saved: nothing left to lose, so a reload asks nothing and restores no draft.
    await page.reload();
    expect(dialogs).toEqual(['confirm', 'beforeunload']);
    await expect.poll(() => committee('Lao Chải').count()).toBe(1);
    expect(await page.getByTestId('draft-restored').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Mã nhúng/ }).count()).toBe(0);

    // The cell map embed page of the organisation shows the new census.
    const embed = await session.page();
    await embed.goto(`${session.baseUrl}/embed/party-cell-map?org=${org}`);
    await untilRendered(embed, 1);
    await expect.poll(() => embed.getByText('Lao Chải').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('a second person saves first: 412, the merge view, and nothing either typed is lost', async () => {
    const first = await issueKey('Biên tập viên Hà');
    const second = await issueKey('Biên tập viên Minh');
    const org = await organizationWithCells(first.key, 'cells-merge', CELLS);
    const mine = await session.page();
    const theirs = await session.page();
    await signIn(mine, first.key, `#/org/${org}/cells`);
    await signIn(theirs, second.key, `#/org/${org}/cells`);
    const label = (field: string, name: string) => `${field} — ${name}`;
    await expect.poll(() => mine.getByLabel(label('Chi ủy · Committee', 'Sả Hồ'), { exact: true }).count()).toBe(1);
    await expect.poll(() => theirs.getByLabel(label('Chi ủy · Committee', 'Sả Hồ'), { exact: true }).count()).toBe(1);

    // I type: Sả Hồ had a committee from the start; Na Đẩy has 15 full members.
    await mine.getByLabel(label('Chi ủy · Committee', 'Sả Hồ'), { exact: true }).selectOption('existing');
    await mine.getByLabel(label('Đảng viên chính thức · Full members', 'Na Đẩy'), { exact: true }).fill('15');
    // They save first: Sả Hồ formed its committee; Na Đẩy is an agency cell.
    await theirs.getByLabel(label('Chi ủy · Committee', 'Sả Hồ'), { exact: true }).selectOption('formed');
    await theirs.getByLabel(label('Loại · Kind', 'Na Đẩy'), { exact: true }).selectOption('agency');
    await theirs.getByRole('button', { name: 'Lưu · Save' }).click();
    await expect.poll(() => theirs.getByTestId('saved-revision').textContent()).toContain('Phiên bản 2');

    await mine.getByRole('button', { name: 'Lưu · Save' }).click();
    await expect.poll(() => mine.getByRole('dialog').count()).toBe(1);
    // Cancelling keeps what I typed, in the table and in the draft.
    await mine
      .locator('desk-merge-dialog')
      .getByRole('button', { name: /Hủy, giữ bản của tôi/ })
      .click();
    await expect.poll(() => mine.getByRole('dialog').count()).toBe(0);
    expect(await mine.getByLabel(label('Đảng viên chính thức · Full members', 'Na Đẩy'), { exact: true }).inputValue()).toBe('15');
    expect(await mine.evaluate(() => Object.keys(localStorage).some((key) => key.startsWith('chitieu-desk-draft:cells:')))).toBe(true);

    await mine.getByRole('button', { name: 'Lưu · Save' }).click();
    // The dialog's rows are slotted into Web Awesome's dialog: found from the merge view's own element.
    const dialog = mine.locator('desk-merge-dialog');
    await expect.poll(() => mine.getByRole('dialog').count()).toBe(1);
    // Only what both changed, or what only I changed, is asked; their kind change is taken as it is.
    await expect.poll(() => dialog.locator('tr[data-path]').count()).toBe(2);
    expect(await dialog.locator('tr[data-path="cells.sa-ho.committee"]').textContent()).toContain('formed');
    expect(await dialog.locator('tr[data-path="cells.na-day.kind"]').count()).toBe(0);
    expect(await axeViolations(mine)).toEqual([]);
    await dialog.locator('tr[data-path="cells.sa-ho.committee"] input[type="radio"]').first().check();
    await dialog.getByRole('button', { name: /Dùng các giá trị đã chọn/ }).click();
    await expect.poll(() => mine.getByTestId('saved-revision').textContent()).toContain('Phiên bản 3');

    const stored = await storedCells(session.baseUrl, org);
    expect(stored.cells.map((c) => [c.slug, c.kind, c.committee, c.fullMembers])).toEqual([
      ['na-day', 'agency', 'existing', 15],
      ['sa-ho', 'residential', 'formed', null],
    ]);
  });

  it('works with the keyboard alone: add a row, select it, change its status in bulk, save', async () => {
    const { key } = await issueKey('Phóng viên Bàn Phím');
    const org = await organizationWithCells(key, 'cells-keys', CELLS);
    const page = await session.page();
    await signIn(page, key, `#/org/${org}/cells`);
    await expect.poll(() => page.getByLabel('Chi ủy · Committee — Sả Hồ', { exact: true }).count()).toBe(1);

    await tabTo(page, /^Thêm dòng · Add a row$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Tên chi bộ · Name — dòng 3/);
    await page.keyboard.type('Cốc Lầy');
    await page.keyboard.press('Tab');
    await page.keyboard.type('coc-lay');
    // Back to the row's checkbox, before its name.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Chọn · Select — Cốc Lầy');
    await page.keyboard.press('Space');
    expect(await page.getByLabel('Chọn · Select — Cốc Lầy').isChecked()).toBe(true);
    // Back up to the toolbar above the table.
    await tabTo(page, /Chi ủy cho các dòng đã chọn/, 40, 'Shift+Tab');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#bulk-status').inputValue()).toBe('formed');
    await tabTo(page, /Áp dụng cho 1 dòng/, 5);
    await page.keyboard.press('Enter');
    expect(await page.getByLabel('Chi ủy · Committee — Cốc Lầy', { exact: true }).inputValue()).toBe('formed');
    await tabTo(page, /^Lưu · Save$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('saved-revision').textContent()).toContain('Phiên bản 2');
    expect((await storedCells(session.baseUrl, org)).cells.find((c) => c.slug === 'coc-lay')).toMatchObject({ name: 'Cốc Lầy', committee: 'formed' });
    expect(await axeViolations(page)).toEqual([]);

    // A refusal only the server can make (the census of 2024-12-31 is about another term) lands on its field, focused.
    await page.getByLabel(/Nhiệm kỳ/).fill('2025-2030');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#census-term').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('census-term');
    expect(await page.locator('#census-term-error').textContent()).toContain('term');
    expect(await axeViolations(page)).toEqual([]);
    expect((await storedCells(session.baseUrl, org)).revision).toBe(2);
  });
});
