// The `label` an element shows is the title its static image shows (the render Worker reads it with
// @chitieu/embed's parseLabel: NFC, trimmed), so when the element replaces the image the title does
// not change: a journalist's leading space or Vietnamese typed decomposed reads the same in both.
import { normalizeLabel, parseLabel } from '@chitieu/embed';
import { sampleRankingResponse } from '@chitieu/domain/fixtures';
import { afterEach, describe, expect, it } from 'vitest';
import { API, installFakeApi, type FakeApi } from '../test/fake-api.ts';
import { mount, shadow, unmountAll, until } from '../test/fixture.ts';
import { clearLoadCache } from './internal/load-json.ts';
import './party-cell-map/define.ts';
import './party-target-gauge/define.ts';
import './party-target-ranking/define.ts';

/** "Mường Khương" typed decomposed (u + horn + grave…), with a space before and after, as a CMS may keep it. */
const DECOMPOSED = ' Mu\u031Bo\u031B\u0300ng Khu\u031Bo\u031Bng ';
const COMPOSED = 'M\u01B0\u1EDDng Kh\u01B0\u01A1ng';

let api: FakeApi | undefined;

afterEach(() => {
  unmountAll();
  api?.restore();
  api = undefined;
  clearLoadCache();
});

/** The element's visible title, as its text node holds it. */
async function title(markup: string): Promise<string | null | undefined> {
  const element = mount(markup).firstElementChild!;
  await until(element, 'ready');
  return shadow(element).querySelector('[part="title"]')?.textContent;
}

describe('an element’s title from its label', () => {
  it('is the label as the image writes it: the test’s label differs from it only in form', () => {
    expect(DECOMPOSED.trim()).not.toBe(COMPOSED);
    expect(parseLabel(DECOMPOSED)).toBe(COMPOSED);
    expect(normalizeLabel(DECOMPOSED)).toBe(COMPOSED);
  });

  it.each([
    ['a gauge from the API', `<party-target-gauge org="muong-khuong" period="2024" api="${API}" label="${DECOMPOSED}"></party-target-gauge>`],
    ['a gauge given its figures', `<party-target-gauge value="53" target="20" label="${DECOMPOSED}"></party-target-gauge>`],
    ['a map from the API', `<party-cell-map org="muong-khuong" api="${API}" label="${DECOMPOSED}"></party-cell-map>`],
    ['a ranking from the API', `<party-target-ranking org="dang-bo-minh-hoa" period="2024" api="${API}" label="${DECOMPOSED}"></party-target-ranking>`],
  ])('is NFC and trimmed on %s', async (_, markup) => {
    api = installFakeApi();
    api.serve('v1/organizations/dang-bo-minh-hoa/subordinates/admissions/2024', sampleRankingResponse({ rows: 3 }));
    expect(await title(markup)).toBe(COMPOSED);
  });

  it('is the organisation’s name for a blank label, which no image can show', async () => {
    api = installFakeApi();
    expect(await title(`<party-target-gauge org="muong-khuong" period="2024" api="${API}" label="  "></party-target-gauge>`)).toBe(
      'Đảng bộ thị trấn Mường Khương',
    );
  });
});
