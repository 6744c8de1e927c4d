/** Where a figure comes from: the publisher, the article and its date. Knows nothing of storage. */
import { z } from 'zod';
import { IsoDateSchema } from './date.ts';

/**
 * A published source of figures. Each field is optional because sources are often incomplete,
 * but a source must at least name its publisher or give a link.
 *
 * @example { publisher: 'Báo Lào Cai', title: 'Kết quả vượt bậc trong phát triển đảng viên', url: null, publishedOn: null }
 */
export const SourceSchema = z
  .strictObject({
    publisher: z.string().trim().min(1).max(200).nullable().default(null),
    title: z.string().trim().min(1).max(500).nullable().default(null),
    url: z.url({ protocol: /^https?$/ }).max(2000).nullable().default(null),
    publishedOn: IsoDateSchema.nullable().default(null),
  })
  .refine((source) => source.publisher !== null || source.url !== null, {
    message: 'a source needs at least a publisher or a url',
    path: ['publisher'],
  })
  .meta({ id: 'Source' });

export type Source = z.infer<typeof SourceSchema>;
