// The desk's record forms, driven as a new staff member would: an organisation created under a
// parent, a year's admissions with a range target and a source, the browser's own checks and the
// server's issues on their fields, a warning acknowledged, a draft that survives a reload, leaving
// with unsaved changes, two people saving one record (412, merge, nothing lost), and the keyboard alone.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { untilRendered, useBrowser } from '../browser.ts';
import { axeViolations, bearer, issueKey, signIn, uniqueSlug, watchProblems } from './desk.ts';

const session = useBrowser();

const SOURCE = { publisher: 'Báo Thử Nghiệm', title: 'Bài kiểm thử số liệu', url: 'https://bao-thu-nghiem.example.vn/bai-1', publishedOn: '2025-01-05' };

/** An organisation of this test's own under muong-khuong, written with a bearer key. */
async function newOrganization(key: string, fields: Record<string, unknown> = {}): Promise<string> {
  const slug = uniqueSlug('forms');
  const response = await bearer(`/v1/organizations/${slug}`, key, {
    method: 'PUT',
    body: JSON.stringify({ name: `Chi bộ thử ${slug}`, kind: 'grassroots', parent: 'muong-khuong', ...fields }),
  });
  expect(response.status).toBe(201);
  return slug;
}

async function putAdmissions(
  key: string,
  slug: string,
  period: string,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Response> {
  return bearer(`/v1/organizations/${slug}/admissions/${period}`, key, { method: 'PUT', body: JSON.stringify(body), headers });
}

async function readAdmissions(key: string, slug: string, period: string): Promise<Record<string, unknown>> {
  const response = await bearer(`/v1/organizations/${slug}/admissions/${period}/revisions`, key);
  expect(response.status).toBe(200);
  const history = (await response.json()) as { revisions: { revision: number; record: Record<string, unknown> }[] };
  return { revision: history.revisions[0]?.revision, ...history.revisions[0]?.record };
}

/** The text of the hint slot (the control's description) of the field labelled `label`. */
function fieldHint(page: Page, label: RegExp) {
  return page
    .locator('wa-input')
    .filter({ has: page.getByLabel(label) })
    .locator('[slot="hint"]');
}

/** The label of the control that has focus (a Web Awesome control is the document's active element). */
function focusedLabel(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    // A radio's name is its own; the control a person tabs to is its group.
    const control = active?.tagName === 'WA-RADIO' ? active.closest('wa-radio-group') : active;
    return control?.getAttribute('label') ?? control?.textContent ?? '';
  });
}

/** Presses Tab until the control labelled `label` has focus, as a keyboard user would; fails if it never comes. */
async function tabTo(page: Page, label: RegExp): Promise<void> {
  for (let presses = 0; presses < 120; presses += 1) {
    if (label.test(await focusedLabel(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${label}`);
}

describe('the organisation form', () => {
  it('creates an organisation under a parent: the slug proposed from the name, a refused save on its field, then saved', async () => {
    const { key } = await issueKey('Biên tập viên Hoa');
    const page = await session.page();
    const problems = watchProblems(page);
    await signIn(page, key, '#/new-organization?parent=muong-khuong');
    const name = page.getByLabel(/Tên tổ chức · Name/);
    await expect.poll(() => name.count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // Saving with no name: the browser's own check, on the field, with focus there.
    await page.getByRole('button', { name: /Lưu · Save/ }).click();
    await expect.poll(() => fieldHint(page, /Tên tổ chức · Name/).textContent()).toContain('Cần điền ô này');
    await expect.poll(() => focusedLabel(page)).toMatch(/Tên tổ chức/);
    expect(await page.getByRole('status').last().textContent()).toContain('2 ô cần sửa');
    expect(await axeViolations(page)).toEqual([]);

    const suffix = uniqueSlug('x').slice(2);
    await name.fill(`Chi bộ Thôn Mới ${suffix}`);
    const slug = page.getByLabel(/Mã định danh · Slug/);
    await expect.poll(() => slug.inputValue()).toBe(`chi-bo-thon-moi-${suffix}`);
    await page.getByRole('radio', { name: /Cơ sở · Grassroots/ }).click();
    await page.getByLabel(/Từ ngày · Valid from/).fill('2020-01-01');
    await page.getByRole('button', { name: /Lưu · Save/ }).click();
    await expect.poll(() => page.getByRole('heading', { name: /Đã lưu phiên bản 1/ }).count()).toBe(1);
    expect(await page.getByRole('status').last().textContent()).toContain('Saved as revision 1');
    expect(page.url()).toContain(`#/org/chi-bo-thon-moi-${suffix}/edit`);
    expect(await axeViolations(page)).toEqual([]);

    // Typing again, then staying when asked about leaving, keeps the saved record's address (not the "new" one).
    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await name.fill(`Chi bộ Thôn Mới ${suffix} (sửa)`);
    await page.getByRole('link', { name: /Danh bạ tổ chức/ }).click();
    await expect.poll(() => asked.length).toBe(1);
    expect(page.url()).toContain(`#/org/chi-bo-thon-moi-${suffix}/edit`);
    await name.fill(`Chi bộ Thôn Mới ${suffix}`);

    const stored = (await (await bearer(`/v1/organizations/chi-bo-thon-moi-${suffix}`, key)).json()) as Record<string, unknown>;
    expect(stored).toMatchObject({ name: `Chi bộ Thôn Mới ${suffix}`, kind: 'grassroots', parent: 'muong-khuong', validFrom: '2020-01-01', revision: 1 });
    expect(problems).toEqual([]);
  });

  it('closes an organisation with a successor: the last day asked for in the browser, an unknown successor named by the server on its field', async () => {
    const { key } = await issueKey('Biên tập viên Hoa');
    const org = await newOrganization(key);
    const successor = await newOrganization(key);
    const page = await session.page();
    const problems = watchProblems(page);
    await signIn(page, key, `#/org/${org}/edit`);
    await expect.poll(() => page.getByLabel(/Tên tổ chức · Name/).inputValue()).toBe(`Chi bộ thử ${org}`);
    // The successors are picked through the picker's interface (its `values` and `change`), whichever way it offers them.
    const successors = page.locator('desk-org-picker[data-field="successors"]');
    const pick = (slugs: string[]) =>
      successors.evaluate((picker: HTMLElement & { values: string[] }, picked) => {
        picker.values = picked;
        picker.dispatchEvent(new Event('change', { bubbles: true }));
      }, slugs);

    await pick(['khong-co-to-chuc-nay']);
    await page.getByRole('button', { name: /Lưu · Save/ }).click();
    await expect.poll(() => fieldHint(page, /Đến ngày · Valid to/).textContent()).toContain('cần ngày kết thúc');
    await expect.poll(() => focusedLabel(page)).toMatch(/Đến ngày/);
    await page.getByLabel(/Đến ngày · Valid to/).fill('2025-06-30');
    await page.getByRole('button', { name: /Lưu · Save/ }).click();
    await expect.poll(() => successors.textContent()).toContain('Không có tổ chức này');
    expect(await successors.textContent()).toContain('no organisation named "khong-co-to-chuc-nay"');
    expect(await axeViolations(page)).toEqual([]);

    await pick([successor]);
    await page.getByRole('button', { name: /Lưu · Save/ }).click();
    await expect.poll(() => page.getByRole('heading', { name: /Đã lưu phiên bản 2/ }).count()).toBe(1);
    const stored = (await (await bearer(`/v1/organizations/${org}`, key)).json()) as Record<string, unknown>;
    expect(stored).toMatchObject({ validTo: '2025-06-30', successors: [successor], revision: 2 });
    expect(problems).toEqual([]);
  });
});

describe('the admissions form', () => {
  it('enters a year with a range target and a source: the browser’s checks, the server’s issue on its field, a warning acknowledged', async () => {
    const { key } = await issueKey('Phóng viên Minh');
    const org = await newOrganization(key);
    const page = await session.page();
    const problems = watchProblems(page);
    await signIn(page, key, `#/org/${org}/admissions`);
    await expect.poll(() => page.getByLabel(/Members admitted/).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel(/Period: a year or a term/).fill('2024');
    await page.getByLabel(/Members admitted/).fill('53');
    await page.getByLabel(/Figures as of/).fill('2024-12-31');
    await page.getByRole('radio', { name: /A range/ }).click();
    await page.getByLabel(/Target from/).fill('40');
    await page.getByLabel(/Target to/).fill('45');
    await page.getByLabel(/Publisher \(1\)/).fill(SOURCE.publisher);
    await page.getByLabel(/Title \(1\)/).fill(SOURCE.title);
    await page.getByLabel(/Link \(1\)/).fill('bai-viet-khong-co-duong-dan');
    await page.getByLabel(/Published on \(1\)/).fill(SOURCE.publishedOn);

    // A link that is not one: the domain's schema says so in the browser, on the link's field.
    await page.getByRole('button', { name: /Lưu · Save/ }).click();
    await expect.poll(() => fieldHint(page, /Link \(1\)/).textContent()).toContain('Đường dẫn không hợp lệ');
    await expect.poll(() => focusedLabel(page)).toMatch(/Link \(1\)/);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel(/Link \(1\)/).fill(SOURCE.url);
    await expect.poll(() => fieldHint(page, /Link \(1\)/).count()).toBe(0);

    // Fewer members than admitted: the domain's warning, shown before saving, must be acknowledged.
    await page.getByLabel(/Total members/).fill('30');
    const acknowledge = page.getByRole('checkbox', { name: /Checked against the source/ });
    await expect.poll(() => acknowledge.count()).toBe(1);
    expect(await page.locator('desk-warnings.before-save').textContent()).toContain('Tổng số đảng viên (30) ít hơn');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /Lưu · Save/ }).click();
    await expect.poll(() => page.getByRole('status').last().textContent()).toContain('check each warning');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('WA-CHECKBOX');
    await page.locator('desk-warnings.before-save wa-checkbox').click();
    await expect.poll(() => acknowledge.isChecked()).toBe(true);

    // Meanwhile the organisation is closed (another desk, a script): only the server knows, and its issue lands on the day.
    const closed = await bearer(`/v1/organizations/${org}`, key, {
      method: 'PUT',
      body: JSON.stringify({ name: `Chi bộ thử ${org}`, kind: 'grassroots', parent: 'muong-khuong', validTo: '2024-06-30' }),
    });
    expect(closed.status).toBe(200);
    await page.getByRole('button', { name: /Lưu · Save/ }).click();
    await expect.poll(() => fieldHint(page, /Figures as of/).textContent()).toContain('sau ngày tổ chức kết thúc');
    expect(await fieldHint(page, /Figures as of/).textContent()).toContain('existed until 2024-06-30');
    await expect.poll(() => focusedLabel(page)).toMatch(/Figures as of/);
    expect(await axeViolations(page)).toEqual([]);

    const reopened = await bearer(`/v1/organizations/${org}`, key, {
      method: 'PUT',
      body: JSON.stringify({ name: `Chi bộ thử ${org}`, kind: 'grassroots', parent: 'muong-khuong', validTo: null }),
    });
    expect(reopened.status).toBe(200);
    await page.getByRole('button', { name: /Lưu · Save/ }).click();
    await expect.poll(() => page.getByRole('heading', { name: /Đã lưu phiên bản 1/ }).count()).toBe(1);
    expect(await page.locator('desk-warnings.after-save').textContent()).toContain('Tổng số đảng viên (30)');
    expect(await page.getByRole('link', { name: /Back to the organisation/ }).getAttribute('href')).toBe(`#/org/${org}`);
    expect(await page.getByRole('button', { name: /Mã nhúng · Embed code/ }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    expect(await readAdmissions(key, org, '2024')).toMatchObject({
      revision: 1,
      admitted: 53,
      target: { min: 40, max: 45 },
      totalMembers: 30,
      asOf: '2024-12-31',
      sources: [SOURCE],
    });

    // The gauge's embed page for that organisation and year shows the new figures.
    const embed = await session.page();
    await embed.goto(`${session.baseUrl}/embed/party-target-gauge?org=${org}&period=2024`);
    await untilRendered(embed, 1);
    const gauge = embed.locator('party-target-gauge');
    await expect.poll(() => gauge.locator('[part="value"]').textContent()).toBe('53');
    expect(await gauge.locator('[part="delta"]').textContent()).toContain('vượt 8');
    expect(problems).toEqual([]);
  });

  it('keeps a draft through a reload, says so, and asks before leaving with unsaved changes', async () => {
    const { key } = await issueKey('Phóng viên Tú');
    const org = await newOrganization(key);
    expect((await putAdmissions(key, org, '2023', { admitted: 12, target: { min: 10, max: 10 }, asOf: '2023-12-31', sources: [SOURCE] })).status).toBe(201);
    const page = await session.page();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      // Reloading goes ahead; leaving the screen is first refused, then accepted.
      void (dialog.type() === 'beforeunload' || dialogs.filter((type) => type === 'confirm').length > 1 ? dialog.accept() : dialog.dismiss());
    });
    await signIn(page, key, `#/org/${org}/admissions/2023`);
    const admitted = page.getByLabel(/Members admitted/);
    await expect.poll(() => admitted.inputValue()).toBe('12');
    await admitted.fill('14');
    await page.getByLabel(/Title \(1\)/).fill('Tiêu đề gõ dở');

    await page.reload();
    await expect.poll(() => page.getByText(/Draft restored/).count()).toBe(1);
    await expect.poll(() => page.getByLabel(/Members admitted/).inputValue()).toBe('14');
    expect(await page.getByLabel(/Title \(1\)/).inputValue()).toBe('Tiêu đề gõ dở');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: /Danh bạ tổ chức/ }).click();
    await expect.poll(() => dialogs.filter((type) => type === 'confirm').length).toBe(1);
    expect(page.url()).toContain(`#/org/${org}/admissions/2023`);
    expect(await page.getByLabel(/Members admitted/).inputValue()).toBe('14');

    await page.getByRole('link', { name: /Danh bạ tổ chức/ }).click();
    await expect.poll(() => dialogs.filter((type) => type === 'confirm').length).toBe(2);
    await expect.poll(() => page.getByLabel(/Members admitted/).count()).toBe(0);

    // Back on the record, the draft is still there; discarding it brings the stored figures back.
    await page.goto(`${session.baseUrl}/desk#/org/${org}/admissions/2023`);
    await expect.poll(() => page.getByText(/Draft restored/).count()).toBe(1);
    await page.getByRole('button', { name: /Bỏ bản nháp · Discard/ }).click();
    await expect.poll(() => page.getByLabel(/Members admitted/).inputValue()).toBe('12');
    expect(await readAdmissions(key, org, '2023')).toMatchObject({ revision: 1, admitted: 12 });
  });

  it('when someone saves first: 412, their version beside mine, I choose, and the merged record is saved', async () => {
    const { key } = await issueKey('Phóng viên An');
    const other = await issueKey('Phóng viên Bình');
    const org = await newOrganization(key);
    expect((await putAdmissions(key, org, '2022', { admitted: 20, target: { min: 15, max: 15 }, asOf: '2022-12-31', sources: [SOURCE] })).status).toBe(201);

    const mine = await session.page();
    const problems = watchProblems(mine);
    await signIn(mine, key, `#/org/${org}/admissions/2022`);
    await expect.poll(() => mine.getByLabel(/Members admitted/).inputValue()).toBe('20');
    await mine.getByLabel(/Members admitted/).fill('22');
    await mine.getByLabel(/Title \(1\)/).fill('Tiêu đề tôi sửa');

    // Another person, in another browser, saves the same record first.
    const theirs = await session.page();
    await signIn(theirs, other.key, `#/org/${org}/admissions/2022`);
    await expect.poll(() => theirs.getByLabel(/Total members/).count()).toBe(1);
    await theirs.getByLabel(/Total members/).fill('480');
    await theirs.getByLabel(/Members admitted/).fill('21');
    await theirs.getByRole('button', { name: /Lưu · Save/ }).click();
    await expect.poll(() => theirs.getByRole('heading', { name: /Đã lưu phiên bản 2/ }).count()).toBe(1);

    await mine.getByRole('button', { name: /Lưu · Save/ }).click();
    await expect.poll(() => mine.getByRole('dialog', { name: /Someone saved first/ }).count()).toBe(1);
    const dialog = mine.locator('desk-merge-dialog');
    await expect.poll(() => dialog.textContent()).toContain('Phóng viên Bình');
    expect(await axeViolations(mine)).toEqual([]);
    // Admitted: they wrote 21, I typed 22; I keep mine. Total members: only they wrote it; I take theirs.
    const admittedRow = dialog.locator('tr[data-path="admitted"]');
    expect(await admittedRow.textContent()).toContain('21');
    expect(await admittedRow.textContent()).toContain('22');
    await dialog.locator('tr[data-path="totalMembers"]').getByRole('radio').first().check();
    await dialog.getByRole('button', { name: /Use the chosen values/ }).click();
    await expect.poll(() => mine.getByRole('heading', { name: /Đã lưu phiên bản 3/ }).count()).toBe(1);
    expect(await mine.getByLabel(/Total members/).inputValue()).toBe('480');

    expect(await readAdmissions(key, org, '2022')).toMatchObject({
      revision: 3,
      admitted: 22,
      totalMembers: 480,
      sources: [{ ...SOURCE, title: 'Tiêu đề tôi sửa' }],
    });
    expect(problems).toEqual([]);
  });

  it('enters a record with the keyboard alone', async () => {
    const { key } = await issueKey('Phóng viên Dũng');
    const org = await newOrganization(key);
    const page = await session.page();
    await signIn(page, key, `#/org/${org}/admissions`);
    await expect.poll(() => page.getByLabel(/Period: a year or a term/).count()).toBe(1);
    const type = async (label: RegExp, text: string) => {
      await tabTo(page, label);
      await page.keyboard.type(text);
    };
    await type(/Period: a year or a term/, '2024');
    await type(/Members admitted/, '9');
    await type(/Figures as of/, '2024-12-31');
    await tabTo(page, /Kind of target/);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByLabel(/Target from/).count()).toBe(1);
    await type(/Target from/, '8');
    await type(/Target to/, '10');
    await type(/Publisher \(1\)/, SOURCE.publisher);
    await type(/Link \(1\)/, SOURCE.url);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { name: /Đã lưu phiên bản 1/ }).count()).toBe(1);
    expect(await readAdmissions(key, org, '2024')).toMatchObject({ admitted: 9, target: { min: 8, max: 10 }, asOf: '2024-12-31' });
    expect(await axeViolations(page)).toEqual([]);
  });
});
