import { env } from 'cloudflare:workers';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from './app-env.ts';
import { d1Session } from './d1-session.ts';

describe('d1Session', () => {
  it('gives the handler a Sessions API session that reads D1 and keeps a bookmark', async () => {
    const app = new Hono<AppEnv>();
    app.use('*', d1Session());
    app.get('/', async (c) => {
      const db = c.var.db;
      const count = await db.prepare('SELECT count(*) AS n FROM organizations').first<number>('n');
      return c.json({ count, bookmark: 'getBookmark' in db ? db.getBookmark() : null });
    });
    const body = await (await app.request('/', undefined, env)).json<{ count: number; bookmark: string | null }>();
    expect(body.count).toBeGreaterThan(0);
    expect(typeof body.bookmark).toBe('string');
  });
});
