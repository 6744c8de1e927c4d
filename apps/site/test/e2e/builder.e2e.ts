// The embed builder (/builder): a journalist picks figures and gets four codes; each, pasted into a
// blank page of another site, shows the same element with the same figures.
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { drawnFrame, untilFitted, untilRendered, useBrowser } from './browser.ts';

const session = useBrowser();

interface Codes {
  script: string;
  iframe: string;
  link: string;
  png: string;
  svg: string;
  image: string;
  noJs: string;
  screenReader: string;
}

/** Opens the builder, applies `choose`, and waits until the codes are those of the embed page `path`. */
async function build(
  page: Page,
  path = '/embed/party-target-gauge?org=muong-khuong&period=2024',
  choose: (page: Page) => Promise<void> = async () => {},
): Promise<Codes> {
  await page.goto(`${session.baseUrl}/builder`);
  await choose(page);
  await page.waitForFunction((link) => (document.querySelector('#code-link') as HTMLInputElement).value === link, `${session.baseUrl}${path}`, {
    timeout: 60_000,
  });
  const value = (selector: string) => page.inputValue(selector);
  return {
    script: await value('#code-script'),
    iframe: await value('#code-iframe'),
    link: await value('#code-link'),
    png: await value('#code-png'),
    svg: await value('#code-svg'),
    image: await value('#code-image'),
    noJs: (await page.textContent('#alt-no-js')) ?? '',
    screenReader: (await page.textContent('#alt-screen-reader')) ?? '',
  };
}

/**
 * Chooses the cell map. The form then hides the gauge's period field (after its 250 ms debounce), which
 * moves every control below it: wait for that, so a click aimed at one of them does not land on another.
 */
async function chooseMap(page: Page): Promise<void> {
  await page.check('input[name="element"][value="party-cell-map"]');
  await page.locator('[data-param="period"]').waitFor({ state: 'hidden' });
}

async function gaugeValue(target: Page | Frame): Promise<string | null> {
  return target.locator('party-target-gauge [part="value"]').textContent();
}

describe('the embed builder', () => {
  it('offers the four codes and the text alternative for the default gauge, with no CSP violation', async () => {
    const page = await session.page();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const codes = await build(page);
    expect(codes.script).toContain(`<script type="module" src="${session.baseUrl}/widgets/v1/chitieu.js"></script>`);
    expect(codes.script).toMatch(/<party-target-gauge org="muong-khuong" period="2024" style="display:flex;flex-direction:column;min-height:\d+px">/);
    // The figure's image inside the tag, the summary its alt: what a reader sees before (or without) the script.
    expect(codes.script).toMatch(
      /<img src="[^"]+\/embed\/party-target-gauge\.svg\?org=muong-khuong&amp;period=2024&amp;width=\d+" alt="[^"]*Đã kết nạp 53 đảng viên/,
    );
    expect(codes.script).not.toContain('<noscript>');
    expect(codes.iframe).toContain(`<iframe src="${session.baseUrl}/embed/party-target-gauge?org=muong-khuong&amp;period=2024"`);
    expect(codes.link).toBe(`${session.baseUrl}/embed/party-target-gauge?org=muong-khuong&period=2024`);
    expect(codes.png).toMatch(/\/embed\/party-target-gauge\.png\?org=muong-khuong&period=2024&width=\d+$/);
    expect(codes.svg).toMatch(/\/embed\/party-target-gauge\.svg\?/);
    expect(codes.noJs).toContain('Đã kết nạp 53 đảng viên, vượt 33 đảng viên so với chỉ tiêu 20');
    expect(codes.screenReader).toContain('Đã kết nạp 53 đảng viên');
    expect(violations).toEqual([]);
  });

  it('gives a script code that, pasted into a blank page, shows the same gauge with no layout shift', async () => {
    const codes = await build(await session.page());
    const page = await session.page({ width: 360, height: 800 });
    await page.goto(
      session.publish(
        '/pasted-script',
        `<!doctype html><html lang="vi"><head><meta charset="utf-8"></head><body>${codes.script}<p>Đoạn văn sau biểu đồ.</p></body></html>`,
      ),
    );
    await untilRendered(page, 1);
    expect(await gaugeValue(page)).toBe('53');
    // Its own figure instead of the code's image, never both.
    expect(await page.locator('party-target-gauge > img').isVisible()).toBe(false);
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number }>) total += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 300);
        }),
    );
    expect(shift).toBe(0);
  });

  it('gives a script code whose figure a reader without JavaScript sees, in the reserved box', async () => {
    const codes = await build(await session.page());
    const context = await session.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(
        session.publish(
          '/pasted-script-no-js',
          `<!doctype html><html lang="vi"><head><meta charset="utf-8"></head><body>${codes.script}<p>Đoạn văn sau biểu đồ.</p></body></html>`,
        ),
      );
      const image = page.locator('party-target-gauge > img');
      await image.waitFor({ state: 'visible' });
      await page.waitForFunction(() => document.querySelector<HTMLImageElement>('party-target-gauge > img')?.complete === true);
      const drawn = await image.evaluate((img: HTMLImageElement) => ({ width: img.naturalWidth, alt: img.alt, bottom: img.getBoundingClientRect().bottom }));
      expect(drawn.width).toBeGreaterThan(0);
      expect(drawn.alt).toContain('Đã kết nạp 53 đảng viên');
      // Within the box the code reserves: the paragraph below it starts where it will with the element.
      const box = await page.locator('party-target-gauge').evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
      expect(drawn.bottom).toBeLessThanOrEqual(box.bottom);
      expect(box.height).toBe(Number(/min-height:(\d+)px/.exec(codes.script)![1]));
    } finally {
      await context.close();
    }
  });

  it('gives an iframe code that, pasted into a blank page, shows the same gauge and fits it', async () => {
    const codes = await build(await session.page());
    const page = await session.page();
    await page.goto(session.publish('/pasted-iframe', `<!doctype html><html lang="vi"><head><meta charset="utf-8"></head><body>${codes.iframe}</body></html>`));
    const frame = await drawnFrame(page, 'iframe');
    expect(await gaugeValue(frame)).toBe('53');
    await untilFitted(page, 'iframe', frame);
  });

  it('builds the cell map in English, whose codes show the same 25 tiles', async () => {
    const builder = await session.page();
    const codes = await build(builder, '/embed/party-cell-map?org=muong-khuong&lang=en', async (page) => {
      await chooseMap(page);
      await page.check('input[name="lang"][value="en"]');
    });
    expect(codes.link).toBe(`${session.baseUrl}/embed/party-cell-map?org=muong-khuong&lang=en`);
    expect(codes.noJs).toContain('25 cells');
    const page = await session.page();
    await page.goto(session.publish('/pasted-map', `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${codes.script}</body></html>`));
    await untilRendered(page, 1);
    expect(await page.locator('party-cell-map [part~="tile"]').count()).toBe(25);
    expect(await page.locator('party-cell-map [part="title"]').textContent()).toBe('Đảng bộ thị trấn Mường Khương');
    expect(await page.locator('party-cell-map').getAttribute('lang')).toBe('en');
  });

  it('builds the ranking of a district’s subordinates, whose script code shows the town’s row with the article’s 53 of 20', async () => {
    const builder = await session.page();
    const codes = await build(builder, '/embed/party-target-ranking?org=huyen-muong-khuong&period=2024&sort=name&highlight=muong-khuong', async (page) => {
      await page.check('input[name="element"][value="party-target-ranking"]');
      await page.locator('[data-param="sort"]').waitFor({ state: 'visible' });
      const picker = page.getByRole('combobox', { name: /Tổ chức đảng · Organisation/ });
      await picker.fill('huyen muong khuong');
      await page.getByRole('option', { name: /Đảng bộ huyện Mường Khương/ }).click();
      await expect.poll(() => picker.inputValue()).toBe('Đảng bộ huyện Mường Khương');
      await page.selectOption('#sort', 'name');
      await page.fill('#highlight', 'muong-khuong');
    });
    expect(codes.script).toMatch(
      /<party-target-ranking org="huyen-muong-khuong" period="2024" sort="name" highlight="muong-khuong" style="display:flex;flex-direction:column;min-height:\d+px">/,
    );
    expect(codes.png).toMatch(/\/embed\/party-target-ranking\.png\?org=huyen-muong-khuong&period=2024&width=\d+$/);
    expect(codes.noJs).toContain('Đảng bộ thị trấn Mường Khương: 53/20, đạt 265% chỉ tiêu');
    expect(codes.screenReader).toContain('Đảng bộ thị trấn Mường Khương — 53 — 20 — đạt 265% chỉ tiêu');
    const page = await session.page();
    await page.goto(
      session.publish('/pasted-ranking', `<!doctype html><html lang="vi"><head><meta charset="utf-8"></head><body>${codes.script}</body></html>`),
    );
    await untilRendered(page, 1);
    const row = page.locator('party-target-ranking [part~="row-highlight"]');
    expect(await row.getAttribute('data-slug')).toBe('muong-khuong');
    expect(await row.locator('[part~="figures"]').textContent()).toBe('53/20');
  });

  it('pins the figures to a revision in the script code, the iframe URL, the images and the preview', async () => {
    const page = await session.page();
    const codes = await build(page, '/embed/party-target-gauge?org=muong-khuong&period=2024&revision=1', async (p) => {
      await p.getByRole('radio', { name: /Theo phiên bản/ }).check();
      await p.getByLabel(/Số phiên bản/).fill('1');
    });
    expect(codes.script).toMatch(/<party-target-gauge org="muong-khuong" period="2024" revision="1" style=/);
    expect(codes.script).toContain('.svg?org=muong-khuong&amp;period=2024&amp;revision=1');
    expect(codes.iframe).toContain(`<iframe src="${session.baseUrl}/embed/party-target-gauge?org=muong-khuong&amp;period=2024&amp;revision=1"`);
    expect(codes.png).toMatch(/\/embed\/party-target-gauge\.png\?org=muong-khuong&period=2024&revision=1&width=\d+$/);
    expect(await page.locator('#preview party-target-gauge').getAttribute('revision')).toBe('1');
    expect(codes.noJs).toContain('Đã kết nạp 53 đảng viên');
  });

  it('pins the map as of a date, images included', async () => {
    const codes = await build(await session.page(), '/embed/party-cell-map?org=muong-khuong&as-of=2024-12-31', async (p) => {
      await chooseMap(p);
      await p.getByRole('radio', { name: /Theo ngày số liệu/ }).check();
      await p.fill('#as-of', '2024-12-31');
    });
    expect(codes.script).toContain('<party-cell-map org="muong-khuong" as-of="2024-12-31"');
    expect(codes.png).toMatch(/\/embed\/party-cell-map\.png\?org=muong-khuong&as-of=2024-12-31&width=\d+$/);
  });

  it('finds the organisation by typing its name without accents, picked with the keyboard', async () => {
    const page = await session.page();
    await build(page);
    const picker = page.getByRole('combobox', { name: /Tổ chức đảng · Organisation/ });
    expect(await picker.inputValue()).toBe('Đảng bộ thị trấn Mường Khương');
    await picker.fill('huyen muong khuong');
    const options = page.getByRole('listbox', { name: /Tổ chức đảng/ }).getByRole('option');
    // The parent's name arrives by its own read after the option is shown (org-picker.ts learnName): wait for both.
    await expect.poll(() => options.allTextContents()).toEqual([expect.stringMatching(/Đảng bộ huyện Mường Khương[^]*under Đảng bộ tỉnh Lào Cai/)]);
    await picker.press('ArrowDown');
    await picker.press('Enter');
    await expect.poll(() => page.textContent('#preview-status')).toContain('No figures for this choice');
    expect(await picker.inputValue()).toBe('Đảng bộ huyện Mường Khương');
    // Escape closes the list and keeps the pick.
    await picker.fill('muong khuong');
    await expect.poll(() => options.count()).toBe(2);
    await picker.press('Escape');
    expect(await picker.getAttribute('aria-expanded')).toBe('false');
    await picker.press('Escape');
    expect(await picker.inputValue()).toBe('Đảng bộ huyện Mường Khương');
    await picker.fill('thi tran muong');
    await expect.poll(() => options.count()).toBe(1);
    await picker.press('Enter');
    await page.waitForFunction(
      (link) => (document.querySelector('#code-link') as HTMLInputElement).value === link,
      `${session.baseUrl}/embed/party-target-gauge?org=muong-khuong&period=2024`,
      { timeout: 60_000 },
    );
    expect(await page.inputValue('#code-script')).toContain('Đã kết nạp 53 đảng viên');
  });

  it('starts from the choice a link carries (the data desk’s organisation, period and revision)', async () => {
    const page = await session.page();
    await page.goto(`${session.baseUrl}/builder?element=party-target-gauge&org=muong-khuong&period=2024&revision=1`);
    await page.waitForFunction(
      (link) => (document.querySelector('#code-link') as HTMLInputElement).value === link,
      `${session.baseUrl}/embed/party-target-gauge?org=muong-khuong&period=2024&revision=1`,
      { timeout: 60_000 },
    );
    expect(await page.getByRole('radio', { name: /Theo phiên bản/ }).isChecked()).toBe(true);
  });

  it('has labelled form controls and keyboard-operable code tabs', async () => {
    const page = await session.page();
    await build(page);
    const unlabelled = await page.$$eval('#embed-form input:not([type="radio"]), #embed-form select', (controls) =>
      controls.filter((control) => (control as HTMLInputElement).labels?.length === 0).map((control) => control.id),
    );
    expect(unlabelled).toEqual([]);
    await page.focus('#tab-script');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-iframe');
    expect(await page.isVisible('#panel-iframe')).toBe(true);
    expect(await page.isHidden('#panel-script')).toBe(true);
  });
});
