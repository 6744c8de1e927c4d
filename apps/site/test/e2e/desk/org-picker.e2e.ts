// <desk-org-picker> as the desk's forms use it (a parent; successors with `multiple`), in the desk's
// own page: suggestions from the directory's search, the keyboard, tags that can be removed, what
// is excluded, and the `change` events the forms listen to.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../browser.ts';
import { axeViolations, issueKey, signIn, watchProblems } from './desk.ts';

const session = useBrowser();

/** Puts a picker (#test-picker, beside the directory's own) into the signed-in desk's page, counting its `change` events. */
async function addPicker(page: Page, options: { multiple: boolean; exclude: string[]; label: string }): Promise<void> {
  await page.evaluate((options) => {
    const picker = document.createElement('desk-org-picker');
    picker.label = options.label;
    picker.multiple = options.multiple;
    picker.exclude = options.exclude;
    picker.hint = 'Gõ tên · Type a name';
    picker.id = 'test-picker';
    picker.dataset['changes'] = '0';
    picker.addEventListener('change', () => (picker.dataset['changes'] = String(Number(picker.dataset['changes']) + 1)));
    document.querySelector('main')!.append(picker);
  }, options);
}

const state = (page: Page) =>
  page.evaluate(() => {
    const picker = document.querySelector<HTMLElementTagNameMap['desk-org-picker']>('#test-picker')!;
    return { value: picker.value, values: picker.values, changes: Number(picker.dataset['changes']) };
  });

describe('the organisation picker', () => {
  it('picks several with the keyboard as removable tags, never offering what is excluded or already picked', async () => {
    const { key } = await issueKey('Phòng dữ liệu — Thử ô chọn');
    const page = await session.page();
    const problems = watchProblems(page);
    await signIn(page, key);
    await addPicker(page, { multiple: true, exclude: ['huyen-muong-khuong'], label: 'Kế tiếp · Successors' });
    const box = page.getByRole('combobox', { name: 'Kế tiếp · Successors' });
    const options = page.getByRole('listbox', { name: 'Kế tiếp · Successors' }).getByRole('option');
    await box.fill('muong khuong');
    // Only the town: its district is excluded.
    await expect.poll(() => options.allTextContents()).toEqual([expect.stringContaining('Đảng bộ thị trấn Mường Khương')]);
    expect(await options.first().textContent()).toContain('under Đảng bộ huyện Mường Khương');
    expect(await axeViolations(page)).toEqual([]);
    await box.press('Enter');
    await expect.poll(() => state(page)).toEqual({ value: null, values: ['muong-khuong'], changes: 1 });
    expect(await box.inputValue()).toBe('');

    await box.fill('tinh lao cai');
    await expect.poll(() => options.count()).toBe(1);
    await box.press('ArrowDown');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await options.first().getAttribute('id'));
    await box.press('Enter');
    await expect.poll(() => state(page)).toEqual({ value: null, values: ['muong-khuong', 'lao-cai'], changes: 2 });
    const tags = page.getByRole('list', { name: /Đã chọn · Picked: Kế tiếp/ });
    await expect
      .poll(() => tags.getByRole('listitem').allTextContents())
      .toEqual([expect.stringContaining('Đảng bộ thị trấn Mường Khương'), expect.stringContaining('Đảng bộ tỉnh Lào Cai')]);
    expect(await axeViolations(page)).toEqual([]);

    // An organisation already picked is not offered again.
    await box.fill('muong khuong');
    await expect.poll(() => page.locator('#test-picker').getByRole('status').textContent()).toContain('No organisation found');
    expect(await options.count()).toBe(0);
    await box.press('Escape');

    await page.getByRole('button', { name: /Remove Đảng bộ thị trấn Mường Khương/ }).click();
    await expect.poll(() => state(page)).toEqual({ value: null, values: ['lao-cai'], changes: 3 });
    // Backspace in the empty box removes the last tag.
    await box.fill('');
    await box.press('Backspace');
    await expect.poll(() => state(page)).toEqual({ value: null, values: [], changes: 4 });
    expect(problems).toEqual([]);
  });

  it('picks one, shows its name, and clears the pick when the box is emptied and left', async () => {
    const { key } = await issueKey('Phòng dữ liệu — Thử ô chọn một');
    const page = await session.page();
    await signIn(page, key);
    await addPicker(page, { multiple: false, exclude: [], label: 'Tổ chức cấp trên · Parent' });
    const box = page.getByRole('combobox', { name: /Tổ chức cấp trên/ });
    await box.fill('TỈNH LÀO CAI');
    await expect
      .poll(() =>
        page
          .getByRole('listbox', { name: /Tổ chức cấp trên/ })
          .getByRole('option')
          .count(),
      )
      .toBe(1);
    await page.getByRole('option', { name: /Đảng bộ tỉnh Lào Cai/ }).click();
    await expect.poll(() => state(page)).toMatchObject({ value: 'lao-cai', changes: 1 });
    expect(await box.inputValue()).toBe('Đảng bộ tỉnh Lào Cai');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await box.fill('');
    await box.press('Tab');
    await expect.poll(() => state(page)).toMatchObject({ value: null, changes: 2 });
  });
});
