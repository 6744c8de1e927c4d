/** What `extractFigures` answers: the organisations a text names and every figure it proposes. Wire schema only. */
import { z } from 'zod';
import { ORGANIZATION_KINDS } from '../organization.ts';
import { ExtractedFigureSchema, SpanSchema } from './extracted-figure.ts';

/** An organisation the text is about (index 0: the main one) or names beside it (its subordinates, say). */
export const ExtractedOrganizationSchema = z
  .strictObject({
    /** As the data desk would store it: "Đảng bộ thị trấn Mường Khương", also when the text names its committee. */
    name: z.string(),
    /** The level the name implies; null when it cannot tell ("thành phố"). */
    kind: z.enum(ORGANIZATION_KINDS).nullable(),
    /** Its first mention; null when it came from the caller's context, not the text. */
    span: SpanSchema.nullable(),
  })
  .meta({ id: 'ExtractedOrganization' });

export type ExtractedOrganization = z.infer<typeof ExtractedOrganizationSchema>;

export const ExtractionSchema = z
  .strictObject({
    organizations: z.array(ExtractedOrganizationSchema),
    /** In the order of the text; a derived figure sits where the words it was derived from are. */
    figures: z.array(ExtractedFigureSchema),
  })
  .meta({ id: 'Extraction' });

export type Extraction = z.infer<typeof ExtractionSchema>;
