// Loads an extra dataset into the test file's D1 through the seed's own SQL, so test data goes in
// exactly the way the article's figures do.
import type { SeedDataset } from '@chitieu/domain';
import { env } from 'cloudflare:workers';
import { seedStatements } from '../src/db/seed.ts';

export async function load(dataset: Partial<SeedDataset>): Promise<void> {
  const statements = seedStatements({ organizations: [], admissions: [], cellCensuses: [], ...dataset });
  await env.DB.batch(statements.map((sql) => env.DB.prepare(sql)));
}

export const SOURCE = { publisher: 'Báo Thử', title: null, url: null, publishedOn: null };

export function organization(slug: string) {
  return { slug, name: `Đảng bộ ${slug}`, kind: 'grassroots' as const, parent: null, validFrom: null, validTo: null, successors: [] };
}
