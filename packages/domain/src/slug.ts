/** URL-safe identifiers: lower-case ASCII words joined by hyphens. The slugify rules live in text.ts. */
import { z } from 'zod';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The longest a slug may be, in characters. */
export const MAX_SLUG_LENGTH = 100;

/** An identifier such as `muong-khuong` or `na-day`. */
export const SlugSchema = z
  .string()
  .min(1)
  .max(MAX_SLUG_LENGTH)
  .regex(SLUG_PATTERN, { message: 'must be lower-case letters, digits and single hyphens, like muong-khuong' })
  .meta({ example: 'muong-khuong' });

export type Slug = z.infer<typeof SlugSchema>;
