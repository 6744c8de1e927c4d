// Whole-bundle checks on the built hosted script: test/build-bundle.ts builds it as `pnpm build` builds
// dist/embed/ (the loader chitieu.js, holding what the elements share and the gauge, and the map's and
// the ranking's chunks/), into test/.bundle/, served at /bundle/. Each test loads it into a fresh
// frame, as a news page would, so every test starts with no element defined. What the loader does
// while an element's chunk is on its way (its early figures request) is tested on the map and the
// ranking: the gauge has no chunk, it is defined as the loader runs.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { API, seedAdmissions, seedCells } from '../test/fake-api.ts';
import { eventually } from '../test/fixture.ts';
import type { PartyCellMap } from './party-cell-map/party-cell-map.ts';

/** Whether a reader sees the element: laid out with an area (a light-DOM child no slot takes has none), not hidden. */
const seen = (el: Element): boolean => {
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && el.checkVisibility();
};

const BUNDLE = '/bundle/chitieu.js';
const frames: HTMLIFrameElement[] = [];

beforeAll(async () => {
  const response = await fetch(BUNDLE, { method: 'HEAD' });
  if (!response.ok) throw new Error(`${BUNDLE} is missing: the global setup (test/build-bundle.ts) did not build it`);
});

afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

type FrameWindow = Window & typeof globalThis & { __cspViolations?: string[]; __errors: unknown[] };

/** A page of its own holding `body`, with the hosted script in its head (after `head`). */
async function page(body: string, { head = '', scripts = [BUNDLE] }: { head?: string; scripts?: string[] } = {}): Promise<FrameWindow> {
  const frame = document.createElement('iframe');
  frame.style.width = '400px';
  frame.style.height = '900px';
  frame.srcdoc = `<!doctype html><html lang="vi"><head><meta charset="utf-8">${head}
    ${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('')}</head><body>${body}</body></html>`;
  document.body.append(frame);
  frames.push(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as FrameWindow;
  win.__errors = [];
  win.addEventListener('error', (event) => win.__errors.push(event.error));
  return win;
}

/** The chunks a page has downloaded, by name without the 8-character hash (which may begin with `-`): `party-cell-map`… */
function chunksLoaded(win: Window): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => /\/chunks\/([a-z-]+?)-[\w-]{8}\.js$/.exec(entry.name)?.[1])
    .filter((name): name is string => name !== undefined)
    .sort();
}

/** Holds the elements' chunks while `work` runs (the element stays undefined), and releases them after, whatever happens. */
async function withChunksHeld(work: () => Promise<void>): Promise<void> {
  await commands.holdElementChunks();
  try {
    await work();
  } finally {
    await commands.releaseElementChunks();
  }
}

/** The addresses a page has requested that begin with `prefix`, in order. */
const requestsTo = (win: Window, prefix: string): string[] =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.startsWith(prefix));

/**
 * A page head whose `fetch` answers `answer` (by default the seed's 2024 admissions of Mường Khương)
 * only when the test calls `window.__answer()`.
 */
function answerWhenTold(answer: unknown = seedAdmissions('2024', 'muong-khuong')): string {
  const body = JSON.stringify(JSON.stringify(answer));
  return `<script>
    window.fetch = () => new Promise((resolve) => { window.__answer = () => resolve(new Response(${body}, { headers: { 'content-type': 'application/json' } })); });
  </script>`;
}

const GAUGE = '<party-target-gauge value="53" target="20" label="Mường Khương">53 đảng viên</party-target-gauge>';

/** A page head whose `fetch` answers the seed (cells for a map, admissions otherwise) and records each URL asked for in `window.__fetched`. */
const RECORDING_NETWORK = `<script>
  window.__fetched = [];
  const bodies = { admissions: ${JSON.stringify(JSON.stringify(seedAdmissions('2024', 'muong-khuong')))}, cells: ${JSON.stringify(JSON.stringify(seedCells('muong-khuong')))} };
  window.fetch = async (url) => {
    window.__fetched.push(String(url));
    return new Response(String(url).includes('/cells') ? bodies.cells : bodies.admissions, { headers: { 'content-type': 'application/json' } });
  };
</script>`;

/** The class a custom element's class extends directly: the elements' base, ChitieuElement, of the loader instance it came from. */
const baseOf = (win: Window, tag: string): unknown => Object.getPrototypeOf(win.customElements.get(tag)!);

describe('the hosted script', () => {
  it('downloads nothing after itself for a page of gauges: the gauge is in the loader and draws at once', async () => {
    const win = await page(GAUGE + GAUGE.replace('53', '41'));
    const gauges = [...win.document.querySelectorAll('party-target-gauge')];
    await eventually(() => expect(gauges.map((gauge) => gauge.shadowRoot?.querySelector('[part="value"]')?.textContent)).toEqual(['53', '41']));
    expect(chunksLoaded(win)).toEqual([]);
    expect(requestsTo(win, new URL('/bundle/', location.href).href)).toEqual([new URL(BUNDLE, location.href).href]);
    expect(win.customElements.get('party-cell-map')).toBeUndefined();
    expect(win.__errors).toEqual([]);
  });

  it('works from a URL with a query (a CMS’s `?ver=`): the loader at its plain URL does the work, the gauge’s definition among it, once', async () => {
    const plain = new URL(BUNDLE, location.href).href;
    // Every definition the page makes, counted before the bundle runs.
    const countDefinitions = `<script>
      window.__defined = [];
      const define = customElements.define.bind(customElements);
      customElements.define = (name, constructor, options) => { window.__defined.push(name); define(name, constructor, options); };
    </script>`;
    await withChunksHeld(async () => {
      const win = (await page(`${GAUGE}<party-cell-map>5 chi bộ</party-cell-map>`, {
        head: countDefinitions,
        scripts: [`${BUNDLE}?ver=6.4`],
      })) as FrameWindow & { __defined: string[] };
      const gauge = win.document.querySelector('party-target-gauge')!;
      await eventually(() => expect(gauge.shadowRoot?.querySelector('[part="value"]')?.textContent).toBe('53'));
      await eventually(async () => expect(await commands.requestedChunks()).toEqual(['party-cell-map']));
      // The map's chunk is held, so it has not imported the loader: the instance at `?ver=6.4` did,
      // and it is the plain one, the one the chunk imports, that asks for the chunk.
      expect(requestsTo(win, plain)).toEqual([`${plain}?ver=6.4`, plain]);
      await commands.releaseElementChunks();
      await eventually(() => expect(win.customElements.get('party-cell-map')).toBeDefined());
      expect(requestsTo(win, plain)).toEqual([`${plain}?ver=6.4`, plain]);
      expect(chunksLoaded(win)).toEqual(['party-cell-map']);
      // The gauge was defined once, by the instance the chunk imports: the gauge and the map extend one base.
      expect(win.__defined).toEqual(['party-target-gauge', 'party-cell-map']);
      expect(baseOf(win, 'party-target-gauge')).toBe(baseOf(win, 'party-cell-map'));
      // One loader did the work: one reserving sheet.
      expect(win.document.adoptedStyleSheets).toHaveLength(1);
      expect(win.__errors).toEqual([]);
    });
  });

  it('downloads no chunk and fails nothing on a page with no element, and still loads one added later', async () => {
    const win = await page('<p>Không có biểu đồ</p>');
    // The loader has run: its reserving sheet is there.
    await eventually(() => expect(win.document.adoptedStyleSheets).toHaveLength(1));
    expect(chunksLoaded(win)).toEqual([]);
    expect(win.__errors).toEqual([]);
    win.document.body.insertAdjacentHTML('beforeend', GAUGE);
    const gauge = win.document.querySelector('party-target-gauge')!;
    await eventually(() => expect(gauge.shadowRoot?.querySelector('[part="value"]')?.textContent).toBe('53'));
    // A gauge added later needs no chunk either.
    expect(chunksLoaded(win)).toEqual([]);
    win.document.body.insertAdjacentHTML('beforeend', '<party-cell-map>5 chi bộ</party-cell-map>');
    const map = win.document.querySelector('party-cell-map')!;
    await eventually(() => expect(map.matches(':state(empty)')).toBe(true));
    expect(chunksLoaded(win)).toEqual(['party-cell-map']);
    expect(win.__errors).toEqual([]);
  });

  it('starts each chunked element’s figures request before its chunk arrives, and the element takes that one instead of asking again', async () => {
    const urls = [2, 3].map((revision) => `${API}v1/organizations/muong-khuong/cells?revision=${revision}`);
    await withChunksHeld(async () => {
      const win = (await page(
        `<party-cell-map org="muong-khuong" revision="2" api="${API}"></party-cell-map>
         <party-cell-map org="muong-khuong" revision="3" api="${API}"></party-cell-map>`,
        { head: RECORDING_NETWORK },
      )) as FrameWindow & { __fetched: string[] };
      // The chunk asked for (and held), so it does not arrive after the release below.
      await eventually(async () => expect(await commands.requestedChunks()).toEqual(['party-cell-map']));
      expect(win.__fetched.sort()).toEqual(urls);
      expect(win.customElements.get('party-cell-map')).toBeUndefined();
      await commands.releaseElementChunks();
      const maps = [...win.document.querySelectorAll('party-cell-map')];
      await eventually(() => expect(maps.map((map) => map.shadowRoot?.querySelectorAll('[part~="tile"]').length)).toEqual([25, 25]));
      expect(win.__fetched).toHaveLength(2);
      expect((win as unknown as { __chitieuPrefetch: Map<string, unknown> }).__chitieuPrefetch.size).toBe(0);
      expect(win.__errors).toEqual([]);
    });
  });

  it('lets an API-fed gauge ask for its figures once, itself: no early request of the loader’s beside it, no image', async () => {
    const gaugeUrl = `${API}v1/organizations/muong-khuong/admissions/2024?asOf=2024-12-31`;
    const mapUrl = `${API}v1/organizations/muong-khuong/cells?revision=2`;
    const drawnApi = `${location.origin}/drawn-api/`;
    await withChunksHeld(async () => {
      const win = (await page(
        `<party-target-gauge org="muong-khuong" period="2024" as-of="2024-12-31" api="${API}">53 đảng viên</party-target-gauge>
         <party-target-gauge org="muong-khuong" period="2023" api="${drawnApi}">52 đảng viên</party-target-gauge>
         <party-cell-map org="muong-khuong" revision="2" api="${API}"></party-cell-map>`,
        { head: RECORDING_NETWORK },
      )) as FrameWindow & { __fetched: string[] };
      const [gauge] = win.document.querySelectorAll('party-target-gauge');
      await eventually(() => expect(gauge!.shadowRoot?.querySelector('[part="value"]')?.textContent).toBe('53'));
      // The map's chunk asked for (held): the loader's early starts are long done.
      await eventually(async () => expect(await commands.requestedChunks()).toEqual(['party-cell-map']));
      expect(win.__fetched.filter((url) => url === gaugeUrl)).toEqual([gaugeUrl]);
      expect(win.__fetched.filter((url) => url === mapUrl)).toEqual([mapUrl]);
      // The loader's map of early requests holds the map's alone, and no drawn image was asked for a gauge.
      expect([...(win as unknown as { __chitieuPrefetch: Map<string, unknown> }).__chitieuPrefetch.keys()]).toEqual([mapUrl]);
      expect(requestsTo(win, drawnApi)).toEqual([]);
      await commands.releaseElementChunks();
      const map = win.document.querySelector('party-cell-map')!;
      await eventually(() => expect(map.shadowRoot?.querySelectorAll('[part~="tile"]')).toHaveLength(25));
      expect(win.__fetched.filter((url) => url === gaugeUrl)).toEqual([gaugeUrl]);
      expect(win.__fetched.filter((url) => url === mapUrl)).toEqual([mapUrl]);
      expect(win.__errors).toEqual([]);
    });
  });

  it('prefetches, for every chunked element, api and pin, exactly the URL the element then reads, and nothing a gauge reads itself', async () => {
    // Every request the frame makes is recorded and answered; the elements must take each early one and
    // ask for nothing more, and the gauges (defined at once) ask for each of theirs once.
    const network = `<script>
      window.__fetched = [];
      window.fetch = async (url) => {
        window.__fetched.push(String(url));
        return new Response('{}', { headers: { 'content-type': 'application/json' } });
      };
    </script>`;
    const apis = ['', ` api="${API}"`, ` api="${API}proxy/chitieu"`];
    const pins = ['', ' as-of="2024-12-31"', ' revision="3"', ' revision="3" as-of="2024-12-31"'];
    const tags = apis.flatMap((api) =>
      pins.flatMap((pin) => [
        `<party-target-gauge org="muong-khuong" period="2024"${api}${pin}></party-target-gauge>`,
        `<party-cell-map org="muong-khuong"${api}${pin}></party-cell-map>`,
        `<party-target-ranking org="huyen-muong-khuong" period="2020-2025"${api}${pin}></party-target-ranking>`,
      ]),
    );
    await withChunksHeld(async () => {
      const win = (await page(tags.join(''), { head: network })) as FrameWindow & { __fetched: string[] };
      await eventually(async () => expect((await commands.requestedChunks()).sort()).toContain('party-target-ranking'));
      const early = [...win.__fetched];
      // Three reads (the gauges' their own), three bases, and pins that give three distinct queries (a revision wins over a day; the ranking takes the day only).
      expect(new Set(early).size).toBe(early.length);
      expect(early).toHaveLength(3 * 3 * 3 - 3);
      await commands.releaseElementChunks();
      const elements = [...win.document.body.children];
      await eventually(() => expect(elements.filter((element) => !element.matches(':state(error)'))).toEqual([]));
      expect(win.__fetched).toEqual(early);
      expect((win as unknown as { __chitieuPrefetch: Map<string, unknown> }).__chitieuPrefetch.size).toBe(0);
    });
  });

  it('gives each early request the element’s own timeout', async () => {
    const network = `<script>
      window.__signals = {};
      window.fetch = (url, init) => {
        window.__signals[String(url).includes('2023') ? 'short' : 'default'] = init.signal;
        return new Promise(() => {});
      };
    </script>`;
    await withChunksHeld(async () => {
      const win = (await page(
        `<party-target-ranking org="huyen-muong-khuong" period="2023" timeout="200" api="${API}"></party-target-ranking>
         <party-target-ranking org="huyen-muong-khuong" period="2024" api="${API}"></party-target-ranking>`,
        { head: network },
      )) as FrameWindow & { __signals: Record<string, AbortSignal> };
      // The ranking's chunk is held: these are the loader's early requests.
      expect(win.customElements.get('party-target-ranking')).toBeUndefined();
      await eventually(() => expect(win.__signals.short?.aborted).toBe(true));
      expect((win.__signals.short!.reason as Error).name).toBe('TimeoutError');
      // The default is 10 s: far from over.
      expect(win.__signals.default!.aborted).toBe(false);
    });
  });

  it('draws no image of its own for a tag without one: the element shows its loading state, then its figure', async () => {
    const drawnApi = `${location.origin}/drawn-api/`;
    await withChunksHeld(async () => {
      const win = (await page(`<party-cell-map org="muong-khuong" revision="2" api="${drawnApi}">Mường Khương có 25 chi bộ</party-cell-map>`, {
        head: answerWhenTold(seedCells('muong-khuong')),
      })) as FrameWindow & { __answer?: () => void };
      const map = win.document.querySelector('party-cell-map')!;
      // The map's chunk asked for (held): the loader has done all it does before it.
      await eventually(async () => expect(await commands.requestedChunks()).toEqual(['party-cell-map']));
      expect(map.shadowRoot).toBeNull();
      expect(requestsTo(win, `${drawnApi}embed/`)).toEqual([]);

      await commands.releaseElementChunks();
      await eventually(() => expect(map.shadowRoot?.querySelector('[data-state="loading"]') ?? null).not.toBeNull());
      expect(map.matches(':state(drawn)')).toBe(false);
      win.__answer!();
      await eventually(() => expect(map.shadowRoot?.querySelectorAll('[part~="tile"]')).toHaveLength(25));
      expect(requestsTo(win, `${drawnApi}embed/`)).toEqual([]);
      expect(win.__errors).toEqual([]);
    });
  });

  /**
   * The builder's script code (apps/site embed-codes.ts) as the page holds it: the reserved box, and in
   * the tag the render Worker's image of the figures, the summary its alt. The box it reserves holds
   * the map's 25 cells drawn at this frame's width, as the builder's reserves the figure's height.
   */
  const inTagCode = (api: string, image: string) =>
    `<p>Trước</p><party-cell-map org="muong-khuong" revision="2" api="${api}" style="display:flex;flex-direction:column;min-height:520px">
       <img src="${image}" alt="Mường Khương có 25 chi bộ" width="360" height="520" crossorigin="anonymous" style="max-width:100%;height:auto">
     </party-cell-map><p>Sau</p>`;

  it('shows the embed code’s own image from the page’s start until the element draws, in the same box, and asks for no second one', async () => {
    const drawnApi = `${location.origin}/drawn-api/`;
    await withChunksHeld(async () => {
      const win = (await page(inTagCode(drawnApi, `${drawnApi}embed/party-cell-map.svg?org=muong-khuong&amp;revision=2&amp;width=360`), {
        head: answerWhenTold(seedCells('muong-khuong')),
      })) as FrameWindow & { __answer?: () => void; __chitieuLoader?: true };
      const map = win.document.querySelector('party-cell-map')!;
      const img = map.querySelector('img')!;
      const below = win.document.querySelectorAll('p')[1]!;
      await eventually(() => expect(img.complete && img.naturalWidth).toBe(360));
      await eventually(() => expect(win.__chitieuLoader).toBe(true));
      // The loader ran and drew nothing of its own: one image, the page's.
      expect(win.customElements.get('party-cell-map')).toBeUndefined();
      expect(map.shadowRoot).toBeNull();
      expect(seen(img)).toBe(true);
      const box = map.getBoundingClientRect().toJSON();
      const shown = img.getBoundingClientRect().toJSON();
      const top = below.getBoundingClientRect().top;
      expect(box.height).toBe(520);
      expect(shown.height).toBe(400);

      await commands.releaseElementChunks();
      await eventually(() => expect(map.matches(':state(loading)')).toBe(true));
      // Defined and still waiting for its figures: the same image, in the same place and size, alone.
      expect(map.matches(':state(drawn)')).toBe(true);
      expect(seen(img)).toBe(true);
      expect(img.getBoundingClientRect().toJSON()).toEqual(shown);
      expect(map.getBoundingClientRect().toJSON()).toEqual(box);
      expect(map.shadowRoot!.querySelector('[data-state="loading"]')).toBeNull();
      expect(map.shadowRoot!.querySelector('img')).toBeNull();

      win.__answer!();
      await eventually(() => expect(map.shadowRoot?.querySelectorAll('[part~="tile"]')).toHaveLength(25));
      // Its own figure instead, never both: the page's image stays in the page, no longer shown.
      expect(seen(img)).toBe(false);
      expect(img.parentElement).toBe(map);
      expect(map.matches(':state(drawn)')).toBe(false);
      expect(map.getBoundingClientRect().height).toBe(box.height);
      expect(below.getBoundingClientRect().top).toBe(top);
      const images = requestsTo(win, `${drawnApi}embed/`);
      expect(images).toHaveLength(1);
      expect(win.__errors).toEqual([]);
    });
  });

  it('never shows an embed code’s image that failed: the loading state, then the journalist’s text', async () => {
    const drawnApi = `${location.origin}/drawn-api/`;
    await withChunksHeld(async () => {
      const win = (await page(inTagCode(drawnApi, `${drawnApi}missing/embed/party-cell-map.svg?org=muong-khuong&amp;revision=2`), {
        head: '<script>window.fetch = () => new Promise((_, reject) => { window.__fail = () => reject(new TypeError("Failed to fetch")); });</script>',
      })) as FrameWindow & { __fail?: () => void };
      const map = win.document.querySelector('party-cell-map')!;
      const img = map.querySelector('img')!;
      const below = win.document.querySelectorAll('p')[1]!;
      await eventually(() => expect(img.complete).toBe(true));
      expect(img.naturalWidth).toBe(0);
      const box = map.getBoundingClientRect().toJSON();
      const top = below.getBoundingClientRect().top;

      await commands.releaseElementChunks();
      await eventually(() => expect(map.shadowRoot?.querySelector('[data-state="loading"]') ?? null).not.toBeNull());
      expect(seen(img)).toBe(false);
      expect(map.matches(':state(drawn)')).toBe(false);
      expect(map.getBoundingClientRect().toJSON()).toEqual(box);

      await eventually(() => expect(win.__fail).toBeDefined());
      win.__fail!();
      await eventually(() => expect(map.matches(':state(error)')).toBe(true));
      // The error state's fallback: the image's alt as text, the image itself not shown.
      expect(map.shadowRoot!.querySelector('.fallback')!.textContent!.trim()).toBe('Mường Khương có 25 chi bộ');
      expect(seen(img)).toBe(false);
      expect(below.getBoundingClientRect().top).toBe(top);
      // No image of the loader's either.
      const images = requestsTo(win, drawnApi).filter((url) => url.includes('/embed/'));
      expect(images).toHaveLength(1);
    });
  });

  /** The builder's image as a CMS may keep it in the tag: wrapped in a paragraph, a figure, a picture or a link. */
  describe.each<[string, (img: string) => string]>([
    ['a <p>', (img) => `<p>${img}</p>`],
    ['a <figure>', (img) => `<figure>${img}</figure>`],
    ['a <picture>', (img) => `<picture>${img}</picture>`],
    ['a link', (img) => `<a href="https://bao.example.vn/bai-viet">${img}</a>`],
  ])('an embed code whose image a CMS wrapped in %s', (_, wrap) => {
    const drawnApi = `${location.origin}/drawn-api/`;
    const wrappedCode = () =>
      `<party-cell-map org="muong-khuong" revision="2" api="${drawnApi}" style="display:flex;flex-direction:column;min-height:450px">${wrap(
        `<img src="${drawnApi}embed/party-cell-map.svg?org=muong-khuong&amp;revision=2&amp;width=360" alt="Mường Khương có 25 chi bộ" width="360" height="450" crossorigin="anonymous" style="max-width:100%;height:auto">`,
      )}</party-cell-map>`;

    it('is the element’s image: the loader draws none of its own, the element shows it while loading, then only its figure', async () => {
      await withChunksHeld(async () => {
        const win = (await page(wrappedCode(), { head: answerWhenTold(seedCells('muong-khuong')) })) as FrameWindow & {
          __answer?: () => void;
          __chitieuLoader?: true;
        };
        const map = win.document.querySelector('party-cell-map')!;
        const img = map.querySelector('img')!;
        await eventually(() => expect(img.complete && img.naturalWidth).toBe(360));
        await eventually(() => expect(win.__chitieuLoader).toBe(true));
        // The loader found the page's image: no shadow root, no image of its own asked for.
        expect(map.shadowRoot).toBeNull();
        expect(requestsTo(win, `${drawnApi}embed/`)).toHaveLength(1);

        await commands.releaseElementChunks();
        await eventually(() => expect(map.matches(':state(loading)')).toBe(true));
        // Defined and waiting for its figures: the page's image in the element's box, no loading text beside it.
        expect(map.matches(':state(drawn)')).toBe(true);
        expect(seen(img)).toBe(true);
        expect(map.shadowRoot!.querySelector('[data-state="loading"]')).toBeNull();
        expect(map.shadowRoot!.querySelector('img')).toBeNull();

        win.__answer!();
        await eventually(() => expect(map.shadowRoot?.querySelectorAll('[part~="tile"]')).toHaveLength(25));
        expect(seen(img)).toBe(false);
        expect(requestsTo(win, `${drawnApi}embed/`)).toHaveLength(1);
        expect(win.__errors).toEqual([]);
      });
    });

    it('gives way to its alt as text when the figures fail, never shown beside it', async () => {
      await withChunksHeld(async () => {
        const win = (await page(wrappedCode(), {
          head: '<script>window.fetch = () => new Promise((_, reject) => { window.__fail = () => reject(new TypeError("Failed to fetch")); });</script>',
        })) as FrameWindow & { __fail?: () => void };
        const map = win.document.querySelector('party-cell-map')!;
        const img = map.querySelector('img')!;
        await eventually(() => expect(img.complete && img.naturalWidth).toBe(360));

        await commands.releaseElementChunks();
        await eventually(() => expect(win.__fail).toBeDefined());
        win.__fail!();
        await eventually(() => expect(map.matches(':state(error)')).toBe(true));
        expect(map.shadowRoot!.querySelector('.fallback')!.textContent!.trim()).toBe('Mường Khương có 25 chi bộ');
        expect(seen(img)).toBe(false);
        expect(requestsTo(win, `${drawnApi}embed/`)).toHaveLength(1);
      });
    });
  });

  it('lets a gauge, defined as the loader runs, show the embed code’s own image until it draws, and asks for no second one', async () => {
    const drawnApi = `${location.origin}/drawn-api/`;
    const win = (await page(
      `<p>Trước</p><party-target-gauge org="muong-khuong" period="2024" api="${drawnApi}" style="display:flex;flex-direction:column;min-height:450px">
         <p><img src="${drawnApi}embed/party-target-gauge.svg?org=muong-khuong&amp;period=2024&amp;width=360" alt="Mường Khương kết nạp 53 đảng viên" width="360" height="450" crossorigin="anonymous" style="max-width:100%;height:auto"></p>
       </party-target-gauge><p>Sau</p>`,
      { head: answerWhenTold() },
    )) as FrameWindow & { __answer?: () => void };
    const gauge = win.document.querySelector('party-target-gauge')!;
    const img = gauge.querySelector('img')!;
    await eventually(() => expect(img.complete && img.naturalWidth).toBe(360));
    await eventually(() => expect(win.__answer).toBeDefined());
    // Defined and waiting for its figures: the page's image in the element's box, no loading text beside it.
    expect(gauge.matches(':state(loading)')).toBe(true);
    expect(gauge.matches(':state(drawn)')).toBe(true);
    expect(seen(img)).toBe(true);
    expect(gauge.getBoundingClientRect().height).toBe(450);
    expect(gauge.shadowRoot!.querySelector('[data-state="loading"]')).toBeNull();
    expect(gauge.shadowRoot!.querySelector('img')).toBeNull();

    win.__answer!();
    await eventually(() => expect(gauge.shadowRoot?.querySelector('[part="value"]')?.textContent).toBe('53'));
    expect(seen(img)).toBe(false);
    expect(gauge.matches(':state(drawn)')).toBe(false);
    // The page's image alone: the loader asked for none of its own.
    expect(requestsTo(win, `${drawnApi}embed/`)).toHaveLength(1);
    expect(win.__errors).toEqual([]);
  });

  it('loads an element added to the page later, sharing what is already loaded', async () => {
    const win = await page(GAUGE);
    await eventually(() => expect(win.customElements.get('party-target-gauge')).toBeDefined());
    const map = win.document.createElement('party-cell-map') as PartyCellMap;
    win.document.body.append(map);
    await eventually(() => expect(win.customElements.get('party-cell-map')).toBeDefined());
    map.cells = seedCells().cells;
    await eventually(() => expect(map.shadowRoot?.querySelectorAll('[part~="tile"]')).toHaveLength(25));
    expect(chunksLoaded(win)).toEqual(['party-cell-map']);
    // The map's chunk took its base from the loader that defined the gauge.
    expect(baseOf(win, 'party-cell-map')).toBe(baseOf(win, 'party-target-gauge'));
    expect(requestsTo(win, new URL(BUNDLE, location.href).href)).toHaveLength(1);
  });

  it("asks for the ranking's chunk only, and no lit-html (no templates chunk)", async () => {
    await withChunksHeld(async () => {
      const win = await page('<party-target-ranking period="2024">Bảng xếp hạng</party-target-ranking>');
      await eventually(async () => expect(await commands.requestedChunks()).toEqual(['party-target-ranking']));
      await commands.releaseElementChunks();
      const ranking = win.document.querySelector('party-target-ranking')!;
      await eventually(() => expect(ranking.matches(':state(empty)')).toBe(true));
      expect(chunksLoaded(win)).toEqual(['party-target-ranking']);
      expect(win.__errors).toEqual([]);
    });
  });

  it('downloads no lit-html for a page with a map (no templates chunk)', async () => {
    await withChunksHeld(async () => {
      const win = await page('<party-cell-map>5 chi bộ</party-cell-map>');
      await eventually(async () => expect(await commands.requestedChunks()).toEqual(['party-cell-map']));
      await commands.releaseElementChunks();
      const map = win.document.querySelector('party-cell-map') as PartyCellMap;
      await eventually(() => expect(map.matches(':state(empty)')).toBe(true));
      map.cells = seedCells().cells;
      await eventually(() => expect(map.shadowRoot?.querySelectorAll('[part~="tile"]')).toHaveLength(25));
      expect(chunksLoaded(win)).toEqual(['party-cell-map']);
      expect(win.__errors).toEqual([]);
    });
  });

  it('gives the ranking its own chunk: a page with one ranking downloads its chunk, not the map’s', async () => {
    const win = await page('<party-target-ranking period="2024">Bảng xếp hạng</party-target-ranking>');
    const element = win.document.querySelector('party-target-ranking')!;
    await eventually(() => expect(element.matches(':state(empty)')).toBe(true));
    expect(chunksLoaded(win)).toEqual(['party-target-ranking']);
    expect(win.customElements.get('party-cell-map')).toBeUndefined();
  });

  it('reserves the element’s height before its chunks arrive', async () => {
    const win = await page('<p>Before</p>');
    const map = win.document.createElement('party-cell-map');
    win.document.body.append(map);
    expect(map.matches(':not(:defined)')).toBe(true);
    expect(win.getComputedStyle(map).display).toBe('flex');
    expect(map.getBoundingClientRect().height).toBe(30 * 16);
    await eventually(() => expect(map.matches(':state(empty)')).toBe(true));
    expect(map.getBoundingClientRect().height).toBeLessThan(30 * 16);
  });

  it('reserves what the elements themselves keep while loading, so their definition moves nothing', async () => {
    const win = await page('');
    win.fetch = () => new Promise<Response>(() => {});
    win.document.body.innerHTML =
      '<party-target-gauge org="muong-khuong" period="2024"></party-target-gauge><party-cell-map org="muong-khuong"></party-cell-map>' +
      '<party-target-ranking org="dang-bo-minh-hoa" period="2024"></party-target-ranking>';
    const elements = [...win.document.body.children];
    const reserved = elements.map((element) => element.getBoundingClientRect().height);
    expect(reserved).toEqual([24 * 16, 30 * 16, 30 * 16]);
    await eventually(() => expect(elements.every((element) => element.matches(':state(loading)'))).toBe(true));
    expect(elements.map((element) => element.getBoundingClientRect().height)).toEqual(reserved);
  });

  it('lets the page’s own rules win over what it reserves', async () => {
    const win = await page('', { head: '<link rel="stylesheet" href="data:text/css,.tall{min-height:600px}">' });
    const map = win.document.createElement('party-cell-map');
    map.className = 'tall';
    win.document.body.append(map);
    expect(map.matches(':not(:defined)')).toBe(true);
    expect(map.getBoundingClientRect().height).toBe(600);
  });

  it('is harmless when a page loads it twice, from two URLs', async () => {
    const win = await page(GAUGE, { scripts: [BUNDLE, `${BUNDLE}?copy=2`] });
    const gauge = win.document.querySelector('party-target-gauge')!;
    await eventually(() => expect(gauge.shadowRoot?.querySelector('[part="value"]')?.textContent).toBe('53'));
    expect(win.__errors).toEqual([]);
    expect(chunksLoaded(win)).toEqual([]);
    expect(win.document.adoptedStyleSheets).toHaveLength(1);
  });
});

describe('under a strict Content Security Policy', () => {
  const policy = ["default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'", "require-trusted-types-for 'script'"].join('; ');

  it('renders both elements from the built bundle with no violation: no eval, no inline script or style', async () => {
    const win = await page(`${GAUGE}<party-cell-map label="Mường Khương"></party-cell-map>`, {
      head: `<meta http-equiv="Content-Security-Policy" content="${policy}"><script src="/test/csp-probe.js"></script>`,
    });
    const doc = win.document;
    const gauge = doc.querySelector('party-target-gauge')!;
    const map = doc.querySelector('party-cell-map') as PartyCellMap;
    await eventually(() => expect(gauge.shadowRoot?.querySelector('[part="value"]')?.textContent).toBe('53'));
    await eventually(() => expect(win.customElements.get('party-cell-map')).toBeDefined());
    map.cells = seedCells().cells;
    await eventually(() => expect(map.shadowRoot?.querySelectorAll('[part~="tile"]')).toHaveLength(25));
    map.shadowRoot!.querySelector<SVGElement>('[part~="tile"]')!.focus();
    await eventually(() => expect(map.shadowRoot?.querySelector('[part="tooltip"]') ?? null).not.toBeNull());

    const value = gauge.shadowRoot!.querySelector('[part="value"]')!;
    expect(win.getComputedStyle(value).fontWeight).toBe('800');
    const tooltip = map.shadowRoot!.querySelector('[part="tooltip"]')!;
    expect(win.getComputedStyle(tooltip).position).toBe('absolute');
    expect(tooltip.getAttribute('style')).toMatch(/left:\s?\d/);
    expect(gauge.shadowRoot!.querySelector('style')).toBeNull();
    expect(win.__cspViolations).toEqual([]);
  });
});
