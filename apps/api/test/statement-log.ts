// A Database on env.DB that keeps a log of the SQL a read makes, for tests that check what a read asks
// D1 rather than what it answers: the SQL of every statement prepared, and every statement that ran
// with the values bound to it, alone (`first`, `all`, `run`, `raw`) or in a `batch`. The directory's
// tests ask what was prepared (a two-letter search never touches the trigrams); the query-plan test
// asks for the plan of everything that ran, batched statements included.
import { env } from 'cloudflare:workers';
import type { Database } from '../src/db/database.ts';

/** A statement that ran: its SQL and the values bound to it. */
export interface RanStatement {
  readonly sql: string;
  readonly values: readonly unknown[];
}

export interface StatementLog {
  /** Use this in place of env.DB. */
  readonly db: Database;
  /** The SQL of each statement prepared, in order, whether or not it ran. */
  readonly prepared: string[];
  /** Each statement that ran, in order; a batch's in the batch's order. */
  readonly ran: RanStatement[];
}

const RUNS = new Set<PropertyKey>(['first', 'all', 'run', 'raw']);

export function statementLog(): StatementLog {
  const target = env.DB;
  const prepared: string[] = [];
  const ran: RanStatement[] = [];
  // What each wrapped statement is, so a batch can log it and hand D1 the real statement.
  const real = new WeakMap<object, { readonly statement: D1PreparedStatement; readonly ran: RanStatement }>();

  const wrap = (sql: string, values: readonly unknown[]): D1PreparedStatement => {
    const statement = target.prepare(sql).bind(...values);
    const logged: RanStatement = { sql, values };
    const wrapped = new Proxy(statement, {
      get(inner, name) {
        if (name === 'bind') return (...more: unknown[]) => wrap(sql, more);
        if (RUNS.has(name)) ran.push(logged);
        const value = Reflect.get(inner, name);
        return typeof value === 'function' ? value.bind(inner) : value;
      },
    });
    real.set(wrapped, { statement, ran: logged });
    return wrapped;
  };

  const db = new Proxy(target, {
    get(inner, property) {
      if (property === 'prepare') {
        return (sql: string) => {
          prepared.push(sql);
          return wrap(sql, []);
        };
      }
      if (property === 'batch') {
        return (statements: D1PreparedStatement[]) =>
          inner.batch(
            statements.map((statement) => {
              const known = real.get(statement);
              if (!known) throw new Error('statementLog: a batch of statements prepared on another database');
              ran.push(known.ran);
              return known.statement;
            }),
          );
      }
      const value = Reflect.get(inner, property);
      return typeof value === 'function' ? value.bind(inner) : value;
    },
  });
  return { db, prepared, ran };
}
