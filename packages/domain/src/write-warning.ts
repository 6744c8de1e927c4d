/**
 * A warning a write answers: the figures were stored, but they contradict the Party Charter, which may
 * be what the source says or a typo; the data desk shows it. Knows nothing of when a warning applies
 * (./write-checks.ts says that).
 */
import { z } from 'zod';
import { message, type MessageKey } from './messages.ts';

/** What each warning is about; ./write-checks.ts documents when each applies. */
export const WRITE_WARNING_CODES = [
  'cell_too_small',
  'committee_too_small',
  'eligible_marked_ineligible',
  'grassroots_too_small_for_cells',
  'total_below_admitted',
] as const;
export type WriteWarningCode = (typeof WRITE_WARNING_CODES)[number];

/**
 * @example { path: ['body', 'fullMembers'], code: 'cell_too_small', message: 'Chi bộ cần ít nhất 3 đảng viên chính thức; số liệu ghi 2 / A cell needs at least 3 full members; the figures say 2' }
 */
export const WriteWarningSchema = z
  .strictObject({
    /** Where the contradicting value is, as in an error's `issues`. */
    path: z.array(z.union([z.string(), z.number()])),
    code: z.enum(WRITE_WARNING_CODES),
    /** Vietnamese, then English after " / ". */
    message: z.string(),
  })
  .meta({ id: 'WriteWarning' });

export type WriteWarning = z.infer<typeof WriteWarningSchema>;

/** The `warnings` a write's answer carries; empty when the figures fit the Charter. */
export const WriteWarningsSchema = z
  .array(WriteWarningSchema)
  .meta({ description: 'What in the stored figures contradicts the Party Charter; empty when nothing does. The write was stored all the same.' });

/**
 * A warning with its message in Vietnamese and English.
 *
 * @example writeWarning('cell_too_small', 'rule.cellTooSmall', { count: 2 }, ['fullMembers'])
 */
export function writeWarning(code: WriteWarningCode, key: MessageKey, params: Record<string, string | number>, path: (string | number)[]): WriteWarning {
  return { path, code, message: `${message('vi', key, params)} / ${message('en', key, params)}` };
}
