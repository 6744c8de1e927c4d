/** /v1/organizations/{org}/admissions/{period}: members admitted in a year or term, against the target; read, written, deleted. */
import {
  admissionChecks,
  admissionOutcome,
  AdmissionInputSchema,
  AdmissionResponseSchema,
  DeletionSchema,
  distinctSources,
  grassrootsWarning,
  validityIssue,
  type AdmissionInput,
} from '@chitieu/domain';
import { admissionResponse, readAdmissions } from '@chitieu/embed';
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { requireNewsroomKey } from '../auth/authenticate.ts';
import { actorOf, newsroomOf } from '../auth/principal.ts';
import { admissionPrecondition, deleteAdmissionStatements, loadAdmissionState, putAdmissionStatements } from '../db/admission-record-writes.ts';
import { findAdmissionRecord } from '../db/admission-records.ts';
import { figureStore } from '../db/figure-store.ts';
import { grassrootsFigures } from '../db/grassroots-figures.ts';
import { runGuarded, withRetries } from '../db/write-guard.ts';
import { ApiException } from '../http/api-exception.ts';
import type { AppEnv } from '../http/app-env.ts';
import { errorResponses, WRITE_ERRORS } from '../http/error-responses.ts';
import { checkPrecondition, parsePrecondition, revisionEtag } from '../http/if-match.ts';
import { invalidateReads } from '../http/invalidate-reads.ts';
import { JSON_BODY_LIMIT, limitBody } from '../http/limit-body.ts';
import { bodyText } from '../http/body-text.ts';
import { createRouter } from '../http/router.ts';
import { vietnamDay } from '../http/today.ts';
import { ownedOrganization, unprocessable } from './organization-access.ts';
import { AdmissionParamsSchema, ReadQuerySchema } from './organization-params.ts';
import { readHeaders, selectorOf } from './read-version.ts';
import { CHECKED_BY_RULES, WRITE_HEADERS, WRITE_SECURITY } from './write-docs.ts';
import { AdmissionWriteResponseSchema } from './write-responses.ts';

const ADMISSIONS = '/organizations/{org}/admissions/{period}';

function conflict(): ApiException {
  return new ApiException(409, 'conflict', 'Other writes kept changing this record; read it again and retry.');
}

/** The record as stored after a write, in the read's shape. */
async function storedResponse(c: Context<AppEnv>, org: string, period: string, revision: number) {
  const record = await findAdmissionRecord(c.var.db, org, period, { kind: 'revision', revision });
  if (!record) throw new Error(`admissions ${org} ${period} revision ${revision} missing right after its write`);
  return admissionResponse(record, vietnamDay());
}

export const admissions = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: ADMISSIONS,
      tags: ['Embeds'],
      summary: 'Admissions in a year or term',
      description:
        'What the target gauge shows: members admitted (kết nạp) in a year (`2024`) or a term (`2020-2025`), the target, ' +
        'the overshoot or shortfall (`delta`, `progress`), what the source says about who was admitted, and the sources, ' +
        'with the record’s `revision` and `updatedAt`. A published article pins its numbers with `?revision=` (or `?asOf=`); ' +
        'after the organisation closed, `succeededBy` names its successors. ' +
        'Public and cacheable: CORS `*`, strong ETag, one minute fresh (a year for a pinned revision).',
      request: { params: AdmissionParamsSchema, query: ReadQuerySchema },
      responses: {
        200: { description: 'The admission record.', content: { 'application/json': { schema: AdmissionResponseSchema } } },
        ...errorResponses(400, 404),
      },
    }),
    async (c) => {
      const { org, period } = c.req.valid('param');
      const selector = selectorOf(c.req.valid('query'));
      const read = await readAdmissions(figureStore(c.var.db), org, period, selector, vietnamDay());
      if (!read.ok) throw new ApiException(404, 'not_found', read.notFound);
      return c.json(read.body, 200, readHeaders(selector));
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: ADMISSIONS,
      tags: ['Data desk'],
      summary: 'Write admissions of a year or term',
      description:
        'Creates or replaces the record with what the read answers minus what the server computes (`delta`, `progress`, ' +
        '`organization`, `period`, `revision`, `updatedAt`, `succeededBy`); unknown fields are refused. The record’s previous ' +
        'revision stays readable with `?revision=`. Send `If-Match: "<revision>"` to change only the revision you read ' +
        '(412 otherwise), or `If-None-Match: *` to create only. Writing the same figures again changes nothing.' +
        CHECKED_BY_RULES,
      security: WRITE_SECURITY,
      middleware: [requireNewsroomKey(), limitBody(JSON_BODY_LIMIT)] as const,
      request: {
        params: AdmissionParamsSchema,
        headers: WRITE_HEADERS,
        body: { required: true, content: { 'application/json': { schema: AdmissionInputSchema } } },
      },
      responses: {
        200: {
          description: 'Updated (or unchanged); the record as stored, with its warnings. ETag: its revision.',
          content: { 'application/json': { schema: AdmissionWriteResponseSchema } },
        },
        201: { description: 'Created; the record as stored, with its warnings.', content: { 'application/json': { schema: AdmissionWriteResponseSchema } } },
        ...errorResponses(...WRITE_ERRORS),
      },
    }),
    async (c) => {
      const { org, period } = c.req.valid('param');
      const body = bodyText(c.req.valid('json'));
      const input: AdmissionInput = { ...body, sources: distinctSources(body.sources) };
      const precondition = parsePrecondition(c.req.header('If-Match'), c.req.header('If-None-Match'));
      const organization = await ownedOrganization(c, org);
      const outside = validityIssue(organization.record, input.asOf, ['body', 'asOf']);
      const checks = admissionChecks(period, input, (field) => (field === 'termToDateAdmitted' ? ['body', 'termToDate', 'admitted'] : ['body', field]));
      const refusals = [...(outside ? [outside] : []), ...checks.refusals];
      if (refusals.length > 0) throw unprocessable(refusals);
      const db = c.var.db;
      const actor = actorOf(newsroomOf(c));
      const { outcome, revision } = await withRetries(async () => {
        const current = await loadAdmissionState(db, organization.id, period);
        checkPrecondition(precondition, current && { revision: current.revision, exists: !current.deleted });
        const outcome = admissionOutcome(current, input);
        if (outcome === 'unchanged' && current) return { outcome, revision: current.revision };
        const write = { organizationId: organization.id, organization: org, period, current, actor, at: new Date().toISOString() };
        await runGuarded(db, [admissionPrecondition(db, organization.id, period, current)], putAdmissionStatements(db, write, input));
        return { outcome, revision: (current?.revision ?? 0) + 1 };
      }, conflict);
      if (outcome !== 'unchanged') await invalidateReads(c, [`/v1/organizations/${org}/admissions/${period}`]);
      const headers = { ETag: revisionEtag(revision), ...(outcome === 'created' ? { Location: `/v1/organizations/${org}/admissions/${period}` } : {}) };
      const grassroots =
        input.totalMembers === null
          ? null
          : grassrootsWarning(
              organization.record.kind,
              { members: input.totalMembers, cells: (await grassrootsFigures(db, organization.id, input.asOf)).cells },
              ['body', 'totalMembers'],
            );
      const answer = { ...(await storedResponse(c, org, period, revision)), warnings: [...checks.warnings, ...(grassroots ? [grassroots] : [])] };
      return outcome === 'created' ? c.json(answer, 201, headers) : c.json(answer, 200, headers);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: ADMISSIONS,
      tags: ['Data desk'],
      summary: 'Delete admissions of a year or term',
      description:
        'The record disappears from reads, but nothing is erased: the deletion is its next revision, and reads pinned to an ' +
        'earlier revision still answer. Writing it again brings it back. `If-Match` works as for PUT.',
      security: WRITE_SECURITY,
      middleware: [requireNewsroomKey()] as const,
      request: { params: AdmissionParamsSchema, headers: WRITE_HEADERS },
      responses: {
        200: { description: 'Deleted, as this revision.', content: { 'application/json': { schema: DeletionSchema } } },
        ...errorResponses(400, 401, 403, 404, 409, 412, 429),
      },
    }),
    async (c) => {
      const { org, period } = c.req.valid('param');
      const precondition = parsePrecondition(c.req.header('If-Match'), c.req.header('If-None-Match'));
      const organization = await ownedOrganization(c, org);
      const db = c.var.db;
      const actor = actorOf(newsroomOf(c));
      const at = new Date().toISOString();
      const revision = await withRetries(async () => {
        const current = await loadAdmissionState(db, organization.id, period);
        checkPrecondition(precondition, current && { revision: current.revision, exists: !current.deleted });
        if (!current || current.deleted) throw new ApiException(404, 'not_found', `No admissions of "${org}" recorded for ${period}`);
        const write = { organizationId: organization.id, organization: org, period, current, actor, at };
        await runGuarded(db, [admissionPrecondition(db, organization.id, period, current)], deleteAdmissionStatements(db, write));
        return current.revision + 1;
      }, conflict);
      const resource = `/v1/organizations/${org}/admissions/${period}`;
      await invalidateReads(c, [resource]);
      return c.json({ resource, deleted: true as const, revision, updatedAt: at }, 200, { ETag: revisionEtag(revision) });
    },
  );
