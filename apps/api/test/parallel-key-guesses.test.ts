// Guessing keys in parallel: the failed-key limit holds however many guesses arrive at once, because
// each request counts itself before its key is checked. The clock is fixed a second into a minute so
// that every guess lands in one counting window whatever the wall clock says.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clientAddress, newsroomWithKey, putOrganization, send } from './write.ts';

const GUESSES = 50;
const LIMIT = 10; // AUTH_FAILURES_PER_MINUTE in wrangler.jsonc

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-01-05T03:04:01.000Z'));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('50 wrong keys sent at once from one address', () => {
  it('get exactly 10 key checks (401); every other guess is refused unchecked (429)', async () => {
    const ip = clientAddress();
    const guesses = Array.from({ length: GUESSES }, (_, i) =>
      send('/v1/organizations/parallel-guess-town', { json: { name: 'x', kind: 'grassroots' }, key: `ct_0123456789abcdef_${String(i).padStart(43, 'g')}`, ip }),
    );
    const statuses = (await Promise.all(guesses)).map((res) => res.status);
    const checked = statuses.filter((status) => status === 401).length;
    const refused = statuses.filter((status) => status === 429).length;
    expect(checked + refused).toBe(GUESSES);
    expect(checked).toBe(LIMIT);
  });
});

describe('a newsroom writing with its right key from one address', () => {
  it('is never counted as guessing: more checks than the limit in a minute all pass', async () => {
    const desk = await newsroomWithKey('parallel-guess-desk');
    const ip = clientAddress();
    for (let i = 0; i < LIMIT + 5; i += 1) {
      const res = await send(`/v1/organizations/parallel-guess-desk-${i}`, { json: { name: `Đảng bộ ${i}`, kind: 'grassroots' }, key: desk.key, ip });
      expect(res.status, `write ${i}`).toBe(201);
    }
    expect(await putOrganization(desk.key, 'parallel-guess-desk-0', { name: 'Đảng bộ 0' })).toHaveProperty('status', 200);
  });
});
