/** The label of a newsroom key: who holds it, shown in the audit log and the record histories. Knows nothing of storage. */
import { z } from 'zod';

export const MAX_KEY_LABEL_LENGTH = 100;

// Control characters, line separators and the bidirectional overrides and isolates: invisible in a
// history row, and able to make one person's name read as another's.
const HIDDEN_CHARACTERS = /[\p{Cc}\p{Zl}\p{Zp}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/**
 * Who holds a key, set when the administrator issues it ("Phòng dữ liệu — Lan"). Normalised to NFC
 * and trimmed before its length is checked, so a name typed in NFD counts its letters, not its marks.
 *
 * @example KeyLabelSchema.parse(' Phòng dữ liệu — Lan ') // 'Phòng dữ liệu — Lan'
 */
export const KeyLabelSchema = z
  .string()
  .normalize('NFC')
  .trim()
  .min(1, { message: 'must name who holds the key' })
  .max(MAX_KEY_LABEL_LENGTH, { message: `must be at most ${MAX_KEY_LABEL_LENGTH} characters` })
  .refine((label) => !HIDDEN_CHARACTERS.test(label), { message: 'must not contain control or text-direction characters' })
  .meta({ description: 'Who holds the key: a person or a desk, as the audit log and histories should name them.', example: 'Phòng dữ liệu — Lan' });

/** The body of `POST /v1/newsrooms/{newsroom}/keys`. */
export const ApiKeyInputSchema = z.strictObject({ label: KeyLabelSchema }).meta({ id: 'ApiKeyInput', example: { label: 'Phòng dữ liệu — Lan' } });

export type ApiKeyInput = z.infer<typeof ApiKeyInputSchema>;
