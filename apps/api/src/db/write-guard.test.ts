import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { load, organization } from '../../test/load.ts';
import { precondition, runGuarded, StaleRevisionError, withRetries } from './write-guard.ts';

const REVISION = '(SELECT revision FROM organizations WHERE slug = ?1) IS ?2';
const nameOf = (slug: string) => env.DB.prepare('SELECT name FROM organizations WHERE slug = ?1').bind(slug).first<string>('name');

describe('runGuarded', () => {
  it('runs the batch while its precondition holds, and leaves no precondition behind', async () => {
    await load({ organizations: [organization('guard-holds')] });
    await runGuarded(
      env.DB,
      [precondition(env.DB, REVISION, 'guard-holds', 1)],
      [env.DB.prepare("UPDATE organizations SET name = 'Renamed' WHERE slug = 'guard-holds'")],
    );
    expect(await nameOf('guard-holds')).toBe('Renamed');
    expect(await env.DB.prepare('SELECT count(*) AS n FROM write_preconditions').first('n')).toBe(0);
  });

  it('rolls the whole batch back when the precondition fails, statements before it included', async () => {
    await load({ organizations: [organization('guard-fails')] });
    const write = env.DB.prepare("UPDATE organizations SET name = 'Lost' WHERE slug = 'guard-fails'");
    await expect(runGuarded(env.DB, [precondition(env.DB, REVISION, 'guard-fails', 2)], [write])).rejects.toBeInstanceOf(StaleRevisionError);
    await expect(env.DB.batch([write, precondition(env.DB, REVISION, 'guard-fails', 2)])).rejects.toThrow(/stale_revision/);
    expect(await nameOf('guard-fails')).toBe('Đảng bộ guard-fails');
  });

  it('treats NULL as "does not exist yet"', async () => {
    await runGuarded(env.DB, [precondition(env.DB, REVISION, 'guard-absent', null)], [env.DB.prepare('SELECT 1')]);
  });

  it('lets other errors through as they are', async () => {
    await expect(runGuarded(env.DB, [], [env.DB.prepare('SELECT * FROM no_such_table')])).rejects.toThrow(/no such table/);
  });
});

describe('withRetries', () => {
  it('tries again after a stale revision, eight times at most', async () => {
    let calls = 0;
    const flaky = async () => {
      calls += 1;
      if (calls < 8) throw new StaleRevisionError();
      return 'done';
    };
    expect(await withRetries(flaky, () => new Error('gave up'))).toBe('done');
    calls = -1;
    await expect(withRetries(flaky, () => new Error('gave up'))).rejects.toThrow('gave up');
  });
});
