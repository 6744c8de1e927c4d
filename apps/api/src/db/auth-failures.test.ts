import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { countCheckStatement, countOf, failuresIn, forgetEndedWindows, forgiveCheck, windowStart } from './auth-failures.ts';

describe('windowStart', () => {
  it('aligns to the period', () => {
    expect(windowStart(125_000, 60)).toBe(120);
    expect(windowStart(119_999, 60)).toBe(60);
  });
});

describe('countCheckStatement, forgiveCheck and forgetEndedWindows', () => {
  const count = async (client: string, window: number) => countOf(await countCheckStatement(env.DB, client, window).run());

  it('count each check per client and window, returning the new count', async () => {
    const client = `counter-test-${crypto.randomUUID()}`;
    expect(await count(client, 600)).toBe(1);
    expect(await count(client, 600)).toBe(2);
    expect(await failuresIn(env.DB, client, 600)).toBe(2);
    expect(await failuresIn(env.DB, `${client}-other`, 600)).toBe(0);
  });

  it('give each of many parallel checks its own count', async () => {
    const client = `counter-test-${crypto.randomUUID()}`;
    const counts = await Promise.all(Array.from({ length: 20 }, () => count(client, 600)));
    expect(counts.toSorted((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('take back a check that succeeded, and forget ended windows', async () => {
    const client = `counter-test-${crypto.randomUUID()}`;
    await count(client, 600);
    await count(client, 600);
    await forgiveCheck(env.DB, client, 600);
    expect(await failuresIn(env.DB, client, 600)).toBe(1);
    await count(client, 660);
    await forgetEndedWindows(env.DB, 660);
    expect(await failuresIn(env.DB, client, 600)).toBe(0);
    expect(await failuresIn(env.DB, client, 660)).toBe(1);
  });
});
