import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { failuresIn, recordFailure, windowStart } from './auth-failures.ts';

describe('windowStart', () => {
  it('aligns to the period', () => {
    expect(windowStart(125_000, 60)).toBe(120);
    expect(windowStart(119_999, 60)).toBe(60);
  });
});

describe('failuresIn and recordFailure', () => {
  it('count per client and window, and forget ended windows', async () => {
    const client = `counter-test-${crypto.randomUUID()}`;
    await recordFailure(env.DB, client, 600);
    await recordFailure(env.DB, client, 600);
    expect(await failuresIn(env.DB, client, 600)).toBe(2);
    expect(await failuresIn(env.DB, `${client}-other`, 600)).toBe(0);
    await recordFailure(env.DB, client, 660);
    expect(await failuresIn(env.DB, client, 600)).toBe(0);
    expect(await failuresIn(env.DB, client, 660)).toBe(1);
  });
});
