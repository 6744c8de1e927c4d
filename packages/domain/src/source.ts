/** Where a figure comes from: the publisher, the article and its date. Knows nothing of storage. */
import { z } from 'zod';
import { IsoDateSchema } from './date.ts';
import { normalizedTextSchema } from './normalized-text.ts';
import { publicUrlSchema } from './public-url.ts';

const hasPublisherOrUrl = (source: { publisher: string | null; url: string | null }) => source.publisher !== null || source.url !== null;
const needsPublisherOrUrl = () => ({ message: 'a source needs at least a publisher or a url', path: ['publisher'] });

/**
 * A published source of figures. Each field is optional because sources are often incomplete,
 * but a source must at least name its publisher or give a link. Text is stored in NFC and checked
 * after normalising; the link must be http(s) to a public host, without credentials.
 *
 * @example { publisher: 'Báo Lào Cai', title: 'Kết quả vượt bậc trong phát triển đảng viên', url: null, publishedOn: null }
 */
export const SourceSchema = z
  .strictObject({
    publisher: normalizedTextSchema(200).nullable().default(null),
    title: normalizedTextSchema(500).nullable().default(null),
    url: publicUrlSchema(2000).nullable().default(null),
    publishedOn: IsoDateSchema.nullable().default(null),
  })
  .refine(hasPublisherOrUrl, needsPublisherOrUrl())
  .meta({ id: 'Source' });

export type Source = z.infer<typeof SourceSchema>;

/**
 * A source as reads serve it: what was stored, whatever the limits were when it was written, so a
 * record stored under older rules never makes its reads fail. A link is still only ever http(s).
 */
export const StoredSourceSchema = z
  .strictObject({
    publisher: z.string().nullable().default(null),
    title: z.string().nullable().default(null),
    url: z
      .url({ protocol: /^https?$/ })
      .nullable()
      .default(null),
    publishedOn: IsoDateSchema.nullable().default(null),
  })
  .refine(hasPublisherOrUrl, needsPublisherOrUrl())
  .meta({ id: 'StoredSource' });
