/** Party organisations and their place in time: validity periods and successors after mergers. */
import { z } from 'zod';
import { IsoDateSchema } from './date.ts';
import { normalizedTextSchema } from './normalized-text.ts';
import { RevisionSchema, TimestampSchema } from './revision.ts';
import { SlugSchema } from './slug.ts';

/**
 * Level of an organisation. `grassroots` covers both a "chi bộ cơ sở" (under 30 members) and a
 * "đảng bộ cơ sở" (30 or more, with subordinate cells); `grassrootsKind()` tells them apart.
 */
export const ORGANIZATION_KINDS = ['provincial', 'district', 'grassroots'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

const organizationFields = {
  name: normalizedTextSchema(200),
  kind: z.enum(ORGANIZATION_KINDS),
  parent: SlugSchema.nullable().default(null),
  /** First day the organisation existed in this form; null when the source does not say. */
  validFrom: IsoDateSchema.nullable().default(null),
  /** Last day it existed (e.g. 2025-06-30 for towns merged on 1 July 2025); null while it exists. */
  validTo: IsoDateSchema.nullable().default(null),
  /** Organisations that took over after it closed (a merger can have one or several). */
  successors: z.array(SlugSchema).max(20).default([]),
};

const validityInOrder = (org: { validFrom: string | null; validTo: string | null }) =>
  org.validFrom === null || org.validTo === null || org.validFrom <= org.validTo;
const VALIDITY_MESSAGE = { message: 'validFrom must not be after validTo', path: ['validTo'] };

export const OrganizationSchema = z
  .strictObject({ slug: SlugSchema, ...organizationFields })
  .refine(validityInOrder, VALIDITY_MESSAGE)
  .meta({ id: 'Organization' });

export type Organization = z.infer<typeof OrganizationSchema>;

/** The short reference to an organisation that every embed response carries. */
export const OrganizationRefSchema = z.strictObject({ slug: SlugSchema, name: z.string() }).meta({ id: 'OrganizationRef' });
export type OrganizationRef = z.infer<typeof OrganizationRefSchema>;

/**
 * An organisation as a newsroom writes it (`PUT /v1/organizations/{slug}`): the read's fields but the
 * slug, which is the path. Closing it is writing `validTo` and, when known, its `successors`.
 *
 * @example { name: 'Đảng bộ thị trấn Mường Khương', kind: 'grassroots', parent: 'huyen-muong-khuong', validTo: '2025-06-30', successors: ['xa-muong-khuong'] }
 */
export const OrganizationInputSchema = z
  .strictObject(organizationFields)
  .refine(validityInOrder, VALIDITY_MESSAGE)
  .refine((org) => org.successors.length === 0 || org.validTo !== null, {
    message: 'an organisation with successors needs validTo, its last day',
    path: ['validTo'],
  })
  .refine((org) => new Set(org.successors).size === org.successors.length, {
    message: 'each successor only once',
    path: ['successors'],
  })
  .meta({ id: 'OrganizationInput' });

export type OrganizationInput = z.infer<typeof OrganizationInputSchema>;

/** An organisation as the API serves it: the newsroom that maintains it, and its revision. */
export const OrganizationRecordSchema = OrganizationSchema.safeExtend({
  /** As stored: a name written under older rules is served as it is rather than failing the read. */
  name: z.string(),
  /** The newsroom whose keys may change it and record its figures. */
  newsroom: SlugSchema,
  revision: RevisionSchema,
  updatedAt: TimestampSchema,
}).meta({ id: 'OrganizationRecord' });

export type OrganizationRecord = z.infer<typeof OrganizationRecordSchema>;
