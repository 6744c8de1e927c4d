/** The label of a newsroom key: who holds it, shown in the audit log and the record histories. Knows nothing of storage. */
import { z } from 'zod';
import { normalizedTextSchema } from './normalized-text.ts';

export const MAX_KEY_LABEL_LENGTH = 100;

// Beyond what every displayed name refuses: the direction marks too, which a history row would hide.
const DIRECTION_MARKS = /[\u061C\u200E\u200F]/u;

/**
 * Who holds a key, set when the administrator issues it ("Phòng dữ liệu — Lan"): a displayed name like
 * any other (NFC and trimmed before its length is checked, no control or bidirectional characters).
 *
 * @example KeyLabelSchema.parse(' Phòng dữ liệu — Lan ') // 'Phòng dữ liệu — Lan'
 */
export const KeyLabelSchema = normalizedTextSchema(MAX_KEY_LABEL_LENGTH)
  .refine((label) => !DIRECTION_MARKS.test(label), { message: 'must not contain text-direction marks' })
  .meta({ description: 'Who holds the key: a person or a desk, as the audit log and histories should name them.', example: 'Phòng dữ liệu — Lan' });

/** The body of `POST /v1/newsrooms/{newsroom}/keys`. */
export const ApiKeyInputSchema = z.strictObject({ label: KeyLabelSchema }).meta({ id: 'ApiKeyInput', example: { label: 'Phòng dữ liệu — Lan' } });

export type ApiKeyInput = z.infer<typeof ApiKeyInputSchema>;
