// The desk's defences as a browser meets them: a page on another origin cannot write with the staff
// member's cookie (SameSite keeps it home from another site; the Origin check refuses it from
// another port of the same host, which browsers count as the same site); a revoked key's open desk stops writing; names with HTML in them stay text; the
// page's policy refuses injected inline script. The API's own answers to forged requests (every
// variant of Origin, Sec-Fetch-Site and the desk header) are tested in workerd, in
// apps/api/src/routes/sessions.test.ts; here only what takes a browser, and the real server once.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from '../browser.ts';
import { axeViolations, bearer, issueKey, revokeKey, signIn, uniqueSlug } from './desk.ts';

const session = useBrowser();

const SOURCE = { publisher: 'Báo thử nghiệm', title: 'Bài thử về an toàn', url: 'https://example.org/an-toan', publishedOn: '2024-12-30' };
const NAME = 'Đảng bộ thử';
const CELLS_CSV = 'slug,name,kind,committee,asOf\nthon-gia,Thôn Giả,residential,formed,2024-12-31\n';

async function ok(response: Response): Promise<Response> {
  expect(response.status, await response.clone().text()).toBeLessThan(300);
  return response;
}

async function organizationName(slug: string): Promise<string> {
  return ((await (await ok(await fetch(`${session.baseUrl}/v1/organizations/${slug}`))).json()) as { name: string }).name;
}

let owner: { key: string; id: string };

beforeAll(async () => {
  owner = await issueKey('Phòng dữ liệu an toàn');
});

async function newOrganization(name = NAME): Promise<string> {
  const slug = uniqueSlug('an-toan');
  await ok(await bearer(`/v1/organizations/${slug}`, owner.key, { method: 'PUT', body: JSON.stringify({ name, kind: 'grassroots' }) }));
  return slug;
}

/** The cookie header the signed-in page's context holds for the Worker. */
async function cookieHeader(page: Page): Promise<string> {
  const cookies = await page.context().cookies(session.baseUrl);
  expect(cookies.length).toBeGreaterThan(0);
  return cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}

/** What reached the Worker from the attacking page: each request's method, answer, and whether it carried the session cookie. */
interface Arrival {
  readonly method: string;
  readonly status: number;
  readonly cookie: boolean;
}

/**
 * A page at `origin` (the newsroom server's port, reached by that host name) tries to write to `org`
 * with the visitor's cookie: a simple fetch with credentials (no preflight), a fetch that needs a
 * preflight, and a plain HTML form posted at the top level.
 */
async function attack(page: Page, origin: string, org: string): Promise<Arrival[]> {
  const arrivals: Promise<Arrival>[] = [];
  page.on('response', (response) => {
    const request = response.request();
    if (request.url().startsWith(`${session.baseUrl}/v1/organizations/${org}`) && request.method() !== 'GET') {
      arrivals.push(
        request
          .allHeaders()
          .then((headers) => ({ method: request.method(), status: response.status(), cookie: (headers['cookie'] ?? '').includes('chitieu_session') })),
      );
    }
  });
  const path = session.publish(`/attack-${org}`, '<!doctype html><html lang="en"><head><title>Elsewhere</title></head><body><p>A page</p></body></html>');
  await page.goto(path.replace(session.newsroom, origin));
  const outcomes = await page.evaluate(
    async ({ base, org, csv, name }) => {
      const tries = [
        fetch(`${base}/v1/organizations/${org}/import`, {
          method: 'POST',
          mode: 'no-cors',
          credentials: 'include',
          headers: { 'Content-Type': 'text/plain' },
          body: csv,
        }),
        fetch(`${base}/v1/organizations/${org}`, {
          method: 'PUT',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json', 'X-Chitieu-Desk': '1' },
          body: JSON.stringify({ name: `${name} bị sửa`, kind: 'grassroots' }),
        }),
      ];
      return Promise.all(tries.map((attempt) => attempt.then((r) => `answered ${r.type} ${r.status}`).catch((e: Error) => `failed: ${e.name}`)));
    },
    { base: session.baseUrl, org, csv: CELLS_CSV, name: NAME },
  );
  // The no-cors answer is opaque to the page; the PUT never gets past its preflight.
  expect(outcomes).toEqual(['answered opaque 0', 'failed: TypeError']);

  const form = session.publish(
    `/attack-form-${org}`,
    `<!doctype html><html lang="en"><head><title>Elsewhere</title></head><body>
      <form method="post" enctype="text/plain" action="${session.baseUrl}/v1/organizations/${org}/import">
        <input name="slug,name,kind,committee,asOf&#10;thon-gia,Thôn Giả,residential,formed,2024-12-31&#10;x" value="y">
        <button>Send</button>
      </form></body></html>`,
  );
  await page.goto(form.replace(session.newsroom, origin));
  await Promise.all([page.waitForURL(`${session.baseUrl}/**`), page.getByRole('button', { name: 'Send' }).click()]);
  await expect.poll(() => arrivals.length).toBe(2);
  return Promise.all(arrivals);
}

describe('a page on another origin', () => {
  it('on another site (localhost): the browser does not send the cookie, the writes are refused, nothing changes', async () => {
    const org = await newOrganization();
    const page = await session.page();
    await signIn(page, owner.key);
    const arrivals = await attack(page, session.newsroom.replace('127.0.0.1', 'localhost'), org);
    expect(arrivals.map((a) => a.cookie)).toEqual([false, false]);
    for (const arrival of arrivals) expect([401, 403]).toContain(arrival.status);
    expect(await organizationName(org)).toBe(NAME);
    expect((await fetch(`${session.baseUrl}/v1/organizations/${org}/cells`)).status).toBe(404);
    // The cookie still opens the desk itself, so its absence above was SameSite's doing.
    await page.goto(`${session.baseUrl}/desk`);
    await expect.poll(() => page.getByTestId('signed-in-as').count()).toBe(1);
  });

  it('on the same site (another port of 127.0.0.1): the cookie goes along, and the Origin check refuses the writes', async () => {
    const org = await newOrganization();
    const page = await session.page();
    await signIn(page, owner.key);
    // Ports do not make sites: SameSite lets the cookie through, so the server's own check must hold.
    const arrivals = await attack(page, session.newsroom, org);
    expect(arrivals.map((a) => a.status)).toEqual([403, 403]);
    // The form's top-level POST carried the cookie (the same probe finds none from localhost).
    expect(arrivals[1]).toEqual({ method: 'POST', status: 403, cookie: true });
    expect(await organizationName(org)).toBe(NAME);
    expect((await fetch(`${session.baseUrl}/v1/organizations/${org}/cells`)).status).toBe(404);
  });

  it('the real server refuses the cookie on a write with another Origin or without the desk header', async () => {
    const org = await newOrganization();
    const page = await session.page();
    await signIn(page, owner.key);
    const cookie = await cookieHeader(page);
    const write = (headers: Record<string, string>) =>
      fetch(`${session.baseUrl}/v1/organizations/${org}`, {
        method: 'PUT',
        headers: { Cookie: cookie, 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify({ name: `${NAME} bị sửa`, kind: 'grassroots' }),
      });
    expect((await write({ Origin: session.newsroom, 'X-Chitieu-Desk': '1' })).status).toBe(403);
    expect((await write({ Origin: session.baseUrl })).status).toBe(403);
    expect(await organizationName(org)).toBe(NAME);
    // The desk's own request, as the page sends it, is let through.
    expect((await write({ Origin: session.baseUrl, 'X-Chitieu-Desk': '1', 'If-Match': '"1"' })).status).toBe(200);
  });
});

describe('a revoked key', () => {
  it('stops the desk that is open: its next write is refused and the desk asks to sign in again', async () => {
    const org = await newOrganization();
    const path = `/v1/organizations/${org}/admissions/2024`;
    const first = { admitted: 30, target: { min: 25, max: 25 }, asOf: '2024-12-31', sources: [SOURCE] };
    await ok(await bearer(path, owner.key, { method: 'PUT', body: JSON.stringify(first) }));
    await ok(await bearer(path, owner.key, { method: 'PUT', body: JSON.stringify({ ...first, admitted: 31 }), headers: { 'If-Match': '"1"' } }));
    const staff = await issueKey('Cộng tác viên sắp nghỉ');
    const page = await session.page();
    await signIn(page, staff.key, `#/org/${org}/history?record=admissions/2024`);
    await page.getByRole('button', { name: /Mở phiên bản 1 ·/ }).press('Enter');
    await page.getByRole('button', { name: /Khôi phục phiên bản 1 ·/ }).press('Enter');
    await expect.poll(() => page.getByRole('dialog', { name: /Khôi phục phiên bản 1/ }).count()).toBe(1);

    await revokeKey(staff.id);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')).toBe('Khôi phục · Restore');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByLabel(/Khóa · Key/).count()).toBe(1);
    expect(await page.getByTestId('signed-in-as').count()).toBe(0);
    expect((await (await fetch(`${session.baseUrl}${path}`)).json()) as { revision: number; admitted: number }).toMatchObject({ revision: 2, admitted: 31 });
  });
});

describe('names with HTML in them', () => {
  it('are shown as text in the history and the desk bar, and nothing is injected', async () => {
    const before = '<i>Tên cũ</i>';
    const after = '<img src=x onerror="window.__injected=1">Đảng bộ <b>mới</b>';
    const org = await newOrganization(before);
    await ok(
      await bearer(`/v1/organizations/${org}`, owner.key, {
        method: 'PUT',
        body: JSON.stringify({ name: after, kind: 'grassroots' }),
        headers: { 'If-Match': '"1"' },
      }),
    );
    const label = '<script>window.__injected=2</script><b>Phóng viên</b>';
    const { key } = await issueKey(label);
    const page = await session.page();
    await signIn(page, key, `#/org/${org}/history?record=organization`);
    await expect.poll(() => page.locator('li[data-revision]').count()).toBe(2);

    expect(await page.getByTestId('history-organization').textContent()).toBe(after);
    const name = page.locator('li[data-revision="2"] tr[data-path="name"] td');
    expect(await name.allTextContents()).toEqual([before, after]);
    expect(await page.getByTestId('signed-in-as').textContent()).toContain(label);
    expect(await page.locator('desk-app img, desk-app b, desk-app i, desk-app script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('the desk page’s policy', () => {
  it('carries no inline script and refuses script injected into the page', async () => {
    const page = await session.page();
    await signIn(page, owner.key);
    expect(await page.locator('script:not([src])').count()).toBe(0);
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(event.effectiveDirective));
    });
    await page.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', '<img id="injected-img" alt="" src="/nothing-here.png" onerror="window.__injected = 1">');
      const script = document.createElement('script');
      script.textContent = 'window.__injected = 2';
      document.body.append(script);
    });
    const violations = () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations.slice().sort());
    await expect.poll(violations).toEqual(['script-src-attr', 'script-src-elem']);
    expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
  });
});
