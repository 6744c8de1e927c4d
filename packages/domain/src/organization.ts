/** Party organisations and their place in time: validity periods and successors after mergers. */
import { z } from 'zod';
import { IsoDateSchema } from './date.ts';
import { SlugSchema } from './slug.ts';

/**
 * Level of an organisation. `grassroots` covers both a "chi bộ cơ sở" (under 30 members) and a
 * "đảng bộ cơ sở" (30 or more, with subordinate cells); `grassrootsKind()` tells them apart.
 */
export const ORGANIZATION_KINDS = ['provincial', 'district', 'grassroots'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const OrganizationSchema = z
  .strictObject({
    slug: SlugSchema,
    name: z.string().trim().min(1).max(200),
    kind: z.enum(ORGANIZATION_KINDS),
    parent: SlugSchema.nullable().default(null),
    /** First day the organisation existed in this form; null when the source does not say. */
    validFrom: IsoDateSchema.nullable().default(null),
    /** Last day it existed (e.g. 2025-06-30 for towns merged on 1 July 2025); null while it exists. */
    validTo: IsoDateSchema.nullable().default(null),
    /** Organisations that took over after it closed (a merger can have one or several). */
    successors: z.array(SlugSchema).max(20).default([]),
  })
  .refine((org) => org.validFrom === null || org.validTo === null || org.validFrom <= org.validTo, {
    message: 'validFrom must not be after validTo',
    path: ['validTo'],
  })
  .meta({ id: 'Organization' });

export type Organization = z.infer<typeof OrganizationSchema>;

/** The short reference to an organisation that every embed response carries. */
export const OrganizationRefSchema = z.strictObject({ slug: SlugSchema, name: z.string() }).meta({ id: 'OrganizationRef' });
export type OrganizationRef = z.infer<typeof OrganizationRefSchema>;
