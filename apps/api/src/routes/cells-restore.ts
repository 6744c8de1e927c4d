/**
 * POST /v1/organizations/{org}/cells/revisions/{revision}/restore: the census of one day written back
 * as an old revision had it, in one new revision, so the desk's "restore" works for cells as a PUT of
 * the record does for admissions and organisations. Cells have no single record to PUT: their writes
 * go cell by cell, and a CSV import never deletes.
 */
import {
  cellChecks,
  parseRevision,
  planCensusWrite,
  RevisionTextSchema,
  SlugSchema,
  type CellChange,
  type CellInput,
  type WriteWarning,
} from '@chitieu/domain';
import { cellsResponse } from '@chitieu/embed';
import { createRoute, z } from '@hono/zod-openapi';
import { requireNewsroomKey } from '../auth/authenticate.ts';
import { actorOf, newsroomOf } from '../auth/principal.ts';
import { censusPrecondition, censusStatements, loadCensusContext } from '../db/cell-census-writes.ts';
import { findCellCensus } from '../db/cell-censuses.ts';
import { cellCensusHistory } from '../db/record-history.ts';
import { runGuarded, withRetries } from '../db/write-guard.ts';
import { ApiException } from '../http/api-exception.ts';
import { errorResponses, WRITE_ERRORS } from '../http/error-responses.ts';
import { checkPrecondition, parsePrecondition, revisionEtag } from '../http/if-match.ts';
import { invalidateReads } from '../http/invalidate-reads.ts';
import { createRouter } from '../http/router.ts';
import { vietnamDay } from '../http/today.ts';
import { ownedOrganization, unprocessable } from './organization-access.ts';
import { WRITE_HEADERS, WRITE_SECURITY } from './write-docs.ts';
import { CellsWriteResponseSchema } from './write-responses.ts';

const CellRevisionParamsSchema = z.strictObject({ org: SlugSchema, revision: RevisionTextSchema });

export const cellsRestore = createRouter().openapi(
  createRoute({
    method: 'post',
    path: '/organizations/{org}/cells/revisions/{revision}/restore',
    tags: ['Data desk'],
    summary: 'Restore the cells as a revision had them',
    description:
      'Writes the census of the day that revision `revision` was about back as it stood then, as one new revision: its cells ' +
      '(cells added since are taken out of that census, cells taken out since come back, changed ones get their old fields). ' +
      'Its sources are added to the census’s own; the term stays the census’s. Other days’ censuses are untouched. Send ' +
      '`If-Match: "<the newest revision>"` (the first of `…/cells/revisions`): 412 if someone wrote the cells in between. ' +
      'Answers the census as stored, as a cell `PUT` does; restoring figures equal to the newest changes nothing.',
    security: WRITE_SECURITY,
    middleware: [requireNewsroomKey()] as const,
    request: { params: CellRevisionParamsSchema, headers: WRITE_HEADERS },
    responses: {
      200: {
        description: 'Restored (or unchanged): the census as stored, with the warnings. ETag: its revision.',
        content: { 'application/json': { schema: CellsWriteResponseSchema } },
      },
      ...errorResponses(...WRITE_ERRORS),
    },
  }),
  async (c) => {
    const { org } = c.req.valid('param');
    const wanted = parseRevision(c.req.valid('param').revision) ?? 0;
    const precondition = parsePrecondition(c.req.header('If-Match'), c.req.header('If-None-Match'));
    const organization = await ownedOrganization(c, org);
    const db = c.var.db;
    // Censuses loaded together by the seed may share a revision: the history lists the later day first.
    const old = (await cellCensusHistory(db, org)).find((entry) => entry.revision === wanted);
    if (!old) throw new ApiException(404, 'not_found', `The cells of "${org}" have no revision ${wanted}`);
    const warnings: WriteWarning[] = [];
    const written: CellChange[] = old.cells.map((cell, index) => {
      const input: CellInput = {
        name: cell.name,
        kind: cell.kind,
        committee: cell.committee,
        committeeFormedOn: cell.committeeFormedOn,
        fullMembers: cell.fullMembers,
      };
      const checks = cellChecks(input, old.asOf, (field) => ['cells', index, field]);
      if (checks.refusals.length > 0) throw unprocessable(checks.refusals);
      warnings.push(...checks.warnings);
      return { slug: cell.slug, cell: input };
    });
    const kept = new Set(old.cells.map((cell) => cell.slug));
    const revision = await withRetries(
      async () => {
        const context = await loadCensusContext(db, organization.id, old.asOf);
        checkPrecondition(precondition, context.maxRevision === null ? null : { revision: context.maxRevision, exists: true });
        const removed: CellChange[] = [...(context.target?.cells ?? new Map())]
          .filter(([slug, stored]) => !stored.deleted && !kept.has(slug))
          .map(([slug]) => ({ slug, delete: true }));
        const planned = planCensusWrite(context, { asOf: old.asOf, term: undefined, sources: old.sources, changes: [...written, ...removed] });
        if (!planned.ok) throw unprocessable(planned.issues);
        const { plan } = planned;
        if (plan.revision === null) return context.target?.revision ?? wanted;
        const write = {
          organizationId: organization.id,
          organization: org,
          actor: actorOf(newsroomOf(c)),
          at: new Date().toISOString(),
          changes: [...written, ...removed],
        };
        await runGuarded(db, [censusPrecondition(db, organization.id, context)], censusStatements(db, { ...plan, revision: plan.revision }, write));
        return plan.revision;
      },
      () => new ApiException(409, 'conflict', 'Other writes kept changing these cells; read their history again and retry.'),
    );
    await invalidateReads(c, [`/v1/organizations/${org}/cells`]);
    const census = await findCellCensus(db, org, { kind: 'revision', revision });
    if (!census) throw new Error(`census of ${org} at revision ${revision} missing right after its write`);
    return c.json({ ...cellsResponse(census, vietnamDay()), warnings }, 200, { ETag: revisionEtag(revision) });
  },
);
