/** /v1/organizations/{org}/cells: an organisation's cells and their committee status, as of a day; one cell written or deleted. */
import {
  cellChecks,
  CellsResponseSchema,
  CellWriteSchema,
  CensusWriteSchema,
  grassrootsWarning,
  planCensusWrite,
  validityIssue,
  type ApiIssue,
  type CellChange,
  type CensusWriteBody,
  type WriteWarning,
} from '@chitieu/domain';
import { cellsResponse, readCells } from '@chitieu/embed';
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { requireNewsroomKey } from '../auth/authenticate.ts';
import { actorOf, newsroomOf } from '../auth/principal.ts';
import { censusPrecondition, censusStatements, loadCensusContext } from '../db/cell-census-writes.ts';
import { findCellCensus } from '../db/cell-censuses.ts';
import { figureStore } from '../db/figure-store.ts';
import { grassrootsFigures } from '../db/grassroots-figures.ts';
import type { StoredOrganization } from '../db/organizations.ts';
import { runGuarded, withRetries } from '../db/write-guard.ts';
import { ApiException } from '../http/api-exception.ts';
import type { AppEnv } from '../http/app-env.ts';
import { errorResponses, WRITE_ERRORS } from '../http/error-responses.ts';
import { checkPrecondition, parsePrecondition, revisionEtag, type Precondition } from '../http/if-match.ts';
import { invalidateReads } from '../http/invalidate-reads.ts';
import { JSON_BODY_LIMIT, limitBody } from '../http/limit-body.ts';
import { bodyText } from '../http/body-text.ts';
import { createRouter } from '../http/router.ts';
import { vietnamDay } from '../http/today.ts';
import { ownedOrganization, unprocessable } from './organization-access.ts';
import { CellParamsSchema, CensusDayQuerySchema, OrganizationParamsSchema, ReadQuerySchema } from './organization-params.ts';
import { readHeaders, selectorOf } from './read-version.ts';
import { CHECKED_BY_RULES, WRITE_HEADERS, WRITE_SECURITY } from './write-docs.ts';
import { CellsWriteResponseSchema } from './write-responses.ts';

function conflict(): ApiException {
  return new ApiException(409, 'conflict', 'Other writes kept changing these cells; read them again and retry.');
}

/**
 * Applies one cell change to the census of `asOf` (the latest when null), under the request's
 * If-Match, which names the revision of the census the write starts from. Returns the census
 * revision after the write, whether it created the cell or the census, and the Charter's warnings
 * about the cell (a refusal throws the 422).
 */
async function writeCell(
  c: Context<AppEnv>,
  organization: StoredOrganization,
  request: { asOf: string | null; term: string | undefined; sources: Parameters<typeof planCensusWrite>[1]['sources']; change: CellChange },
  precondition: Precondition,
): Promise<{ revision: number; created: boolean; warnings: WriteWarning[] }> {
  const db = c.var.db;
  const actor = actorOf(newsroomOf(c));
  const { change } = request;
  return withRetries(async () => {
    const context = await loadCensusContext(db, organization.id, request.asOf);
    const asOf = request.asOf ?? context.target?.asOf;
    const stored = context.target?.cells.get(change.slug);
    if ('delete' in change && (!stored || stored.deleted)) {
      throw new ApiException(404, 'not_found', `No cell "${change.slug}" in the ${asOf ? `census of ${asOf}` : 'cells'} of "${organization.record.slug}"`);
    }
    if (asOf === undefined) {
      throw unprocessable([{ path: ['body', 'asOf'], message: `"${organization.record.slug}" has no cell census yet: give asOf, the day of the first one` }]);
    }
    const checks = 'delete' in change ? { refusals: [], warnings: [] } : cellChecks(change.cell, asOf, (field) => ['body', field]);
    const planned = planCensusWrite(context, { asOf, term: request.term, sources: request.sources, changes: [change] });
    const refusals = [...(planned.ok ? [] : planned.issues.map((issue): ApiIssue => ({ ...issue, path: ['body', ...issue.path] }))), ...checks.refusals];
    if (!planned.ok || refusals.length > 0) throw unprocessable(refusals);
    const { plan } = planned;
    const before = plan.base?.cells.get(change.slug);
    checkPrecondition(precondition, plan.base && { revision: plan.base.revision, exists: before !== undefined && !before.deleted });
    const { warnings } = checks;
    if (plan.revision === null) return { revision: plan.base?.revision ?? 0, created: false, warnings };
    const write = { organizationId: organization.id, organization: organization.record.slug, actor, at: new Date().toISOString(), changes: [change] };
    await runGuarded(db, [censusPrecondition(db, organization.id, context)], censusStatements(db, { ...plan, revision: plan.revision }, write));
    return { revision: plan.revision, created: plan.createsCensus || plan.outcomes.get(change.slug) === 'created', warnings };
  }, conflict);
}

/**
 * Writes the census of `body.asOf` as the table lists it: its cells written, the census's other cells
 * deleted, as one revision under the request's If-Match (the revision of the census the table was
 * read from). Issue paths name the row (`cells.3.committee`).
 */
async function writeCensus(
  c: Context<AppEnv>,
  organization: StoredOrganization,
  body: CensusWriteBody,
  precondition: Precondition,
): Promise<{ revision: number; created: boolean; warnings: WriteWarning[] }> {
  const db = c.var.db;
  const actor = actorOf(newsroomOf(c));
  return withRetries(async () => {
    const context = await loadCensusContext(db, organization.id, body.asOf);
    const writes: CellChange[] = body.cells.map(({ slug, ...cell }) => ({ slug, cell }));
    const request = { asOf: body.asOf, term: body.term, sources: body.sources ?? [] };
    // Plan the writes first to learn which cells the census starts from (its own, or those copied from the census before it).
    const first = planCensusWrite(context, { ...request, changes: writes });
    const checks = body.cells.map(({ slug: _slug, ...cell }, index) => cellChecks(cell, body.asOf, (field) => ['body', 'cells', index, field]));
    const refusals = [
      ...(first.ok ? [] : first.issues.map((issue): ApiIssue => ({ ...issue, path: ['body', ...issue.path] }))),
      ...checks.flatMap((check) => check.refusals),
    ];
    if (!first.ok || refusals.length > 0) throw unprocessable(refusals);
    const base = first.plan.base;
    const starting = base && (!first.plan.createsCensus || first.plan.copiesBase) ? base.cells : new Map();
    const listed = new Set(body.cells.map((cell) => cell.slug));
    const deletes = [...starting].filter(([slug, stored]) => !stored.deleted && !listed.has(slug)).map(([slug]): CellChange => ({ slug, delete: true }));
    const changes = [...writes, ...deletes];
    const planned = planCensusWrite(context, { ...request, changes });
    if (!planned.ok) throw unprocessable(planned.issues.map((issue): ApiIssue => ({ ...issue, path: ['body', ...issue.path] })));
    const { plan } = planned;
    checkPrecondition(precondition, plan.base && { revision: plan.base.revision, exists: true });
    const warnings = checks.flatMap((check) => check.warnings);
    if (plan.revision === null) return { revision: plan.base?.revision ?? 0, created: false, warnings };
    const write = { organizationId: organization.id, organization: organization.record.slug, actor, at: new Date().toISOString(), changes };
    await runGuarded(db, [censusPrecondition(db, organization.id, context)], censusStatements(db, { ...plan, revision: plan.revision }, write));
    return { revision: plan.revision, created: plan.createsCensus, warnings };
  }, conflict);
}

async function storedCensus(c: Context<AppEnv>, org: string, revision: number) {
  const census = await findCellCensus(c.var.db, org, { kind: 'revision', revision });
  if (!census) throw new Error(`census of ${org} at revision ${revision} missing right after its write`);
  return cellsResponse(census, vietnamDay());
}

export const cells = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/organizations/{org}/cells',
      tags: ['Embeds'],
      summary: 'Cells and their committee status',
      description:
        'What the cell map shows: every cell (chi bộ) of the organisation with its kind and cell-committee status in the term, ' +
        'counts per status, and the sources, from the latest census on or before `asOf` (the latest of all without it), or ' +
        'exactly the census revision `revision` (the revisions of all the organisation’s censuses form one sequence). ' +
        'Unnamed cells have `name: null`. After the organisation closed, `succeededBy` names its successors. ' +
        'Public and cacheable: CORS `*`, strong ETag, one minute fresh (a year for a pinned revision).',
      request: { params: OrganizationParamsSchema, query: ReadQuerySchema },
      responses: {
        200: { description: 'The census.', content: { 'application/json': { schema: CellsResponseSchema } } },
        ...errorResponses(400, 404),
      },
    }),
    async (c) => {
      const { org } = c.req.valid('param');
      const selector = selectorOf(c.req.valid('query'));
      const read = await readCells(figureStore(c.var.db), org, selector, vietnamDay());
      if (!read.ok) throw new ApiException(404, 'not_found', read.notFound);
      return c.json(read.body, 200, readHeaders(selector));
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/organizations/{org}/cells',
      tags: ['Data desk'],
      summary: 'Write a whole census',
      description:
        'Writes the census of `asOf` as a table of cells, in one revision: the cells listed are created or replaced, the ' +
        'census’s cells not listed are deleted (reads pinned to an earlier revision still show them). A day with no census ' +
        'yet starts one from the latest census before it (as a cell PUT does) and needs `sources`. Sources given are added ' +
        'to the census’s own. `If-Match` names the revision of the census the table was read from; a refusal names the row ' +
        '(`cells.3.committee`). The data desk’s cell table saves with this.' +
        CHECKED_BY_RULES,
      security: WRITE_SECURITY,
      middleware: [requireNewsroomKey(), limitBody(JSON_BODY_LIMIT)] as const,
      request: {
        params: OrganizationParamsSchema,
        headers: WRITE_HEADERS,
        body: { required: true, content: { 'application/json': { schema: CensusWriteSchema } } },
      },
      responses: {
        200: {
          description: 'Updated (or unchanged): the census as stored, with the warnings. ETag: its revision.',
          content: { 'application/json': { schema: CellsWriteResponseSchema } },
        },
        201: { description: 'The census of that day was created; with the warnings.', content: { 'application/json': { schema: CellsWriteResponseSchema } } },
        ...errorResponses(...WRITE_ERRORS),
      },
    }),
    async (c) => {
      const { org } = c.req.valid('param');
      const body = bodyText(c.req.valid('json'));
      const precondition = parsePrecondition(c.req.header('If-Match'), c.req.header('If-None-Match'));
      const organization = await ownedOrganization(c, org);
      const outside = validityIssue(organization.record, body.asOf, ['body', 'asOf']);
      if (outside) throw unprocessable([outside]);
      const { revision, created, warnings } = await writeCensus(c, organization, body, precondition);
      await invalidateReads(c, [`/v1/organizations/${org}/cells`]);
      const census = await storedCensus(c, org, revision);
      const { members } = await grassrootsFigures(c.var.db, organization.id, census.asOf);
      const grassroots = grassrootsWarning(organization.record.kind, { members, cells: census.total }, ['body']);
      const response = { ...census, warnings: [...warnings, ...(grassroots ? [grassroots] : [])] };
      const headers = { ETag: revisionEtag(revision) };
      return created ? c.json(response, 201, headers) : c.json(response, 200, headers);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/organizations/{org}/cells/{cell}',
      tags: ['Data desk'],
      summary: 'Write one cell',
      description:
        'Creates or replaces a cell (the path names it) in the census of `asOf` (the organisation’s latest census when left out). ' +
        'A day with no census yet starts one from the latest census before it, copying its cells (when it is about the same ' +
        '`term`) and sources, so reads as of earlier days keep their figures; such a write needs `sources`. Sources given are ' +
        'added to the census’s own. Answers the census as stored. `If-Match` names the revision of the census the write starts ' +
        'from (the `revision` of the cells read); `If-None-Match: *` creates the cell only if it is not there.' +
        CHECKED_BY_RULES,
      security: WRITE_SECURITY,
      middleware: [requireNewsroomKey(), limitBody(JSON_BODY_LIMIT)] as const,
      request: {
        params: CellParamsSchema,
        headers: WRITE_HEADERS,
        body: { required: true, content: { 'application/json': { schema: CellWriteSchema } } },
      },
      responses: {
        200: {
          description: 'Updated (or unchanged): the census as stored, with the warnings. ETag: its revision.',
          content: { 'application/json': { schema: CellsWriteResponseSchema } },
        },
        201: {
          description: 'The cell, or the census of that day, was created; with the warnings.',
          content: { 'application/json': { schema: CellsWriteResponseSchema } },
        },
        ...errorResponses(...WRITE_ERRORS),
      },
    }),
    async (c) => {
      const { org, cell: slug } = c.req.valid('param');
      const { asOf, term, sources, ...cell } = bodyText(c.req.valid('json'));
      const precondition = parsePrecondition(c.req.header('If-Match'), c.req.header('If-None-Match'));
      const organization = await ownedOrganization(c, org);
      const outside = asOf === undefined ? null : validityIssue(organization.record, asOf, ['body', 'asOf']);
      if (outside) throw unprocessable([outside]);
      const { revision, created, warnings } = await writeCell(
        c,
        organization,
        { asOf: asOf ?? null, term, sources: sources ?? [], change: { slug, cell } },
        precondition,
      );
      await invalidateReads(c, [`/v1/organizations/${org}/cells`]);
      const census = await storedCensus(c, org, revision);
      const { members } = await grassrootsFigures(c.var.db, organization.id, census.asOf);
      const grassroots = grassrootsWarning(organization.record.kind, { members, cells: census.total }, ['body']);
      const body = { ...census, warnings: [...warnings, ...(grassroots ? [grassroots] : [])] };
      const headers = { ETag: revisionEtag(revision) };
      return created ? c.json(body, 201, headers) : c.json(body, 200, headers);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/organizations/{org}/cells/{cell}',
      tags: ['Data desk'],
      summary: 'Delete one cell',
      description:
        'Takes the cell out of the census of `asOf` (the latest census when absent), as the census’s next revision: reads ' +
        'pinned to an earlier revision still show it. To record that a cell was dissolved on a later day, first write ' +
        'another cell with that `asOf` (which starts the census of that day), then delete it there.',
      security: WRITE_SECURITY,
      middleware: [requireNewsroomKey()] as const,
      request: { params: CellParamsSchema, query: CensusDayQuerySchema, headers: WRITE_HEADERS },
      responses: {
        200: { description: 'The census as stored, without the cell.', content: { 'application/json': { schema: CellsResponseSchema } } },
        ...errorResponses(400, 401, 403, 404, 409, 412, 429),
      },
    }),
    async (c) => {
      const { org, cell: slug } = c.req.valid('param');
      const { asOf } = c.req.valid('query');
      const precondition = parsePrecondition(c.req.header('If-Match'), c.req.header('If-None-Match'));
      const organization = await ownedOrganization(c, org);
      const { revision } = await writeCell(c, organization, { asOf: asOf ?? null, term: undefined, sources: [], change: { slug, delete: true } }, precondition);
      await invalidateReads(c, [`/v1/organizations/${org}/cells`]);
      return c.json(await storedCensus(c, org, revision), 200, { ETag: revisionEtag(revision) });
    },
  );
