// Free text that people read (names, source titles, notes) as a zod schema: normalised first, then
// checked, so what is measured is what is stored. Knows nothing of storage or of who shows the text.
import { z } from 'zod';

/** Bidirectional embeddings, overrides and isolates: they can make a name display as another (U+202A–U+202E, U+2066–U+2069). */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
/** Control characters (C0, DEL, C1), line breaks (U+2028 and U+2029 too) and tabs: a name or title is one line. */
const CONTROL = /[\p{Cc}\p{Zl}\p{Zp}]/u;
/**
 * What shows nothing on its own: spaces, format characters (zero-width space and joiners, the BOM),
 * combining marks without a base, and the fillers that fonts draw blank.
 */
const INVISIBLE = /^[\p{Z}\p{Cf}\p{Cc}\p{M}\u115F\u1160\u3164\uFFA0\u2800\u180E]*$/u;

/** Whether the text has bidirectional controls, control characters, or nothing visible; the message saying which, or null. */
export function displayTextIssue(text: string): string | null {
  if (BIDI_CONTROL.test(text)) return 'must not hold bidirectional control characters (U+202A–U+202E, U+2066–U+2069)';
  if (CONTROL.test(text)) return 'must not hold control characters or line breaks';
  if (text !== '' && INVISIBLE.test(text)) return 'must hold visible characters, not only invisible ones';
  return null;
}

/**
 * Text in Unicode NFC with surrounding whitespace trimmed, then checked: `min`..`max` UTF-16 units
 * of the normalised text, and displayable (see `displayTextIssue`). Normalising before measuring
 * matters: some characters grow under NFC (U+FB2C becomes three), so a check made before it would
 * let a text longer than `max` be stored.
 *
 * @example normalizedTextSchema(200).parse('  Sa\u0309 Hô\u0300 ') // 'Sả Hồ'
 * @example normalizedTextSchema(200).safeParse('\u202Eabc').success // false
 */
export function normalizedTextSchema(max: number, { min = 1 }: { min?: number } = {}) {
  return z
    .string()
    .normalize('NFC')
    .trim()
    .min(min)
    .max(max)
    .superRefine((text, ctx) => {
      const issue = displayTextIssue(text);
      if (issue) ctx.addIssue({ code: 'custom', message: issue, input: text });
    })
    .meta({
      description:
        `Stored in Unicode NFC, trimmed; at most ${max} characters once normalised. No bidirectional controls ` +
        '(U+202A–U+202E, U+2066–U+2069), control characters or line breaks, and not only invisible characters.',
    });
}
