/** POST /v1/extract: reads a report's text into proposed figures and record drafts, for the data desk and scripts; writes nothing. */
import { ExtractRequestSchema, ExtractResponseSchema, extractFigures, proposeRecords } from '@chitieu/domain/extract';
import { createRoute } from '@hono/zod-openapi';
import { requireNewsroomKey } from '../auth/authenticate.ts';
import { bodyText } from '../http/body-text.ts';
import { errorResponses } from '../http/error-responses.ts';
import { limitBody } from '../http/limit-body.ts';
import { createRouter } from '../http/router.ts';
import { WRITE_SECURITY } from './write-docs.ts';

/** 50 000 characters of NFD Vietnamese with JSON escapes fit well within this. */
const EXTRACT_BODY_LIMIT = 512 * 1024;

export const extract = createRouter().openapi(
  createRoute({
    method: 'post',
    path: '/extract',
    tags: ['Data desk'],
    summary: 'Read the figures of a report',
    description:
      'Proposes the figures a Vietnamese party-building report states: the organisations it names; admissions of a year, a ' +
      'term or up to a day; the target (single or a range, per year or not); the overshoot or shortfall; the percentage of ' +
      'the target; admissions since the start of the term; total membership; counts of cells, with, without or newly with a ' +
      'committee; and the cells it names. Each figure carries its `span`, the offsets `[start, end)` of the words it comes ' +
      'from in `text` exactly as sent (UTF-16 code units, as JavaScript’s `slice` counts; text typed in NFD is read as NFC ' +
      'but pointed into as sent). A target the text implies but does not state (53 admitted, “vượt 33” → 20; 36 admitted, ' +
      '“đạt 72%” → 50 when no other whole number rounds to 72%) has a `derivation` citing the figures it comes from. ' +
      'What the text does not say is left out: “đạt chỉ tiêu” is a `targetStatus`, not a target; “đạt tỷ lệ 6,2%” of the ' +
      'membership is no figure. `value` is a number for counts and percentages, `{min, max}` for a target, text for a name ' +
      'or a status. `records` groups the figures into drafts of the admissions and cell writes, with the `source` as their ' +
      'source. Deterministic: the same text always gives the same answer. Needs a newsroom key; stores nothing.',
    security: WRITE_SECURITY,
    middleware: [requireNewsroomKey(), limitBody(EXTRACT_BODY_LIMIT)] as const,
    request: { body: { required: true, content: { 'application/json': { schema: ExtractRequestSchema } } } },
    responses: {
      200: {
        description: 'The proposed figures, in the order of the text, and the record drafts.',
        content: { 'application/json': { schema: ExtractResponseSchema } },
      },
      ...errorResponses(400, 401, 403, 413, 415, 429),
    },
  }),
  (c) => {
    const body = c.req.valid('json');
    // The source is stored by a later write, so it is held to the write path's text rules; the text is
    // only read, and must keep the form it was sent in for the offsets to point into it.
    const source = body.source === undefined ? null : bodyText({ source: body.source }).source;
    const extraction = extractFigures(body.text, { publishedOn: source?.publishedOn ?? undefined });
    return c.json({ ...extraction, source, records: proposeRecords(extraction, source) }, 200);
  },
);
