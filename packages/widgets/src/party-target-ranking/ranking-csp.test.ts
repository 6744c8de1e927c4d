// The ranking from the built hosted script (test/build-bundle.ts, served at /bundle/) on a page with a
// strict Content Security Policy that enforces Trusted Types: its rows and table lines are written as
// markup (setInnerMarkup, through the `chitieu` policy), which such a page refuses from a plain string;
// the page allows that one policy only, as the README tells it to (no `lit-html`).
import { sampleRankingResponse } from '@chitieu/domain/fixtures';
import { describe, expect, it } from 'vitest';
import { API } from '../../test/fake-api.ts';
import { eventually } from '../../test/fixture.ts';
import { strictFrame } from '../../test/strict-csp-frame.ts';

const FIVE = sampleRankingResponse({ rows: 5, rangeTarget: [1], noFigures: [3], total: { admitted: 120, target: { min: 100, max: 100 } } });

describe('<party-target-ranking> under a strict Content Security Policy with Trusted Types', () => {
  it('writes its rows and its table with no violation', async () => {
    const { win, fetched } = await strictFrame(FIVE);
    const ranking = win.document.createElement('party-target-ranking');
    ranking.setAttribute('org', 'dang-bo-minh-hoa');
    ranking.setAttribute('period', '2024');
    ranking.setAttribute('api', API);
    win.document.body.append(ranking);
    await eventually(() => expect(ranking.shadowRoot?.querySelectorAll('[role="listitem"]')).toHaveLength(5));
    expect(fetched).toEqual([`${API}v1/organizations/dang-bo-minh-hoa/subordinates/admissions/2024`]);
    expect(ranking.shadowRoot!.querySelectorAll('tbody tr')).toHaveLength(5);
    expect(ranking.shadowRoot!.querySelector('[role="listitem"] [part~="name"]')!.textContent).toBe(ranking.shadowRoot!.querySelector('tbody th')!.textContent);
    expect(win.__cspViolations).toEqual([]);
  });
});
