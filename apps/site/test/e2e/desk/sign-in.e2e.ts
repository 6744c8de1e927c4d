// Signing in to the desk: the key is pasted once and exchanged for an HttpOnly cookie; the page never
// keeps it; signing out and revoking the key both end the session.
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../browser.ts';
import { axeViolations, issueKey, revokeKey, signIn, watchProblems } from './desk.ts';

const session = useBrowser();

describe('signing in to the desk', () => {
  it('exchanges the key for an HttpOnly cookie, shows who is signed in, and keeps the key nowhere', async () => {
    const { key } = await issueKey('Phóng viên Lan');
    const page = await session.page();
    const problems = watchProblems(page);
    await page.goto(`${session.baseUrl}/desk`);
    expect(await axeViolations(page)).toEqual([]);
    await signIn(page, key);
    await expect.poll(() => page.getByTestId('signed-in-as').textContent()).toContain('Phóng viên Lan');
    const cookies = await page.context().cookies();
    const cookie = cookies.find((c) => c.name.includes('chitieu_session'));
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie);
    expect(stored).not.toContain(key);
    expect(await page.content()).not.toContain(key);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('says why a wrong key is refused, and stays signed out', async () => {
    const page = await session.page();
    await page.goto(`${session.baseUrl}/desk`);
    const input = page.getByLabel(/Khóa · Key/);
    await input.fill('ct_0000000000000000_wrong');
    await input.press('Enter');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('The key is wrong');
    expect(await page.getByTestId('signed-in-as').count()).toBe(0);
  });

  it('signing out ends the session; a revoked key’s session stops working at once', async () => {
    const first = await issueKey('Biên tập viên A');
    const page = await session.page();
    await signIn(page, first.key);
    await page.getByRole('button', { name: /Đăng xuất/ }).click();
    await expect.poll(() => page.getByLabel(/Khóa · Key/).count()).toBe(1);
    await page.reload();
    await expect.poll(() => page.getByLabel(/Khóa · Key/).count()).toBe(1);

    const second = await issueKey('Biên tập viên B');
    await signIn(page, second.key);
    await revokeKey(second.id);
    await page.reload();
    await expect.poll(() => page.getByLabel(/Khóa · Key/).count()).toBe(1);
  });

  it('serves the desk with a policy that allows no inline script', async () => {
    const response = await fetch(`${session.baseUrl}/desk`);
    const csp = response.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
  });
});
