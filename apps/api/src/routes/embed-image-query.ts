/** The query of /embed/{element}.svg and .png: the element's own attributes (org, period, revision, as-of, lang, color-scheme, label, width), checked. */
import {
  IsoDateSchema,
  LANGS,
  parseRevision,
  PeriodSchema,
  RevisionTextSchema,
  SlugSchema,
  SVG_MAX_WIDTH,
  SVG_MIN_WIDTH,
  toApiIssues,
  type Lang,
  type SvgTheme,
} from '@chitieu/domain';
import { EMBED_ELEMENT_SPECS, LABEL_RULE, parseLabel, type EmbedElement } from '@chitieu/embed';
import { z } from 'zod';
import { ApiException } from '../http/api-exception.ts';

/** Every element has a static image. */
type ImageElement = EmbedElement;
export type ImageFormat = 'svg' | 'png';

/** An image is drawn in one scheme; `auto` (the tag's default) cannot follow a reader, so it is light. */
const Scheme = z.enum(['light', 'dark', 'auto']);
const Width = z
  .string()
  .regex(/^\d{1,5}$/, 'must be a whole number of px')
  .transform(Number)
  .pipe(z.number().min(SVG_MIN_WIDTH).max(SVG_MAX_WIDTH));
/** The element's `label`, as the embed page reads it (NFC, trimmed, 1 to 200 characters, no control characters). */
const Label = z.string().transform((raw, ctx) => {
  const label = parseLabel(raw);
  if (label === null) {
    ctx.addIssue({ code: 'custom', message: LABEL_RULE, input: raw });
    return z.NEVER;
  }
  return label;
});

const unpinned = {
  lang: z.enum(LANGS).optional(),
  'color-scheme': Scheme.optional(),
  /** Alias of color-scheme. */
  theme: Scheme.optional(),
  width: Width.optional(),
  /** The journalist's title, drawn instead of the organisation's name, as the element shows it. */
  label: Label.optional(),
};
const common = {
  /** A pin, as the tag's: exactly that revision of the figures (never with as-of). */
  revision: RevisionTextSchema.optional(),
  ...unpinned,
};
/** PNG only: pixels per px, 2 for sharp images on high-density screens (`<img width>` set to the width). */
const png = { scale: z.enum(['1', '2']).optional() };

const QUERIES = {
  'party-target-gauge': z.strictObject({ org: SlugSchema, period: PeriodSchema, 'as-of': IsoDateSchema.optional(), ...common }),
  'party-cell-map': z.strictObject({ org: SlugSchema, 'as-of': IsoDateSchema.optional(), ...common }),
  // A ranking is pinned by as-of only (each row has revisions of its own), and drawn in its default order.
  'party-target-ranking': z.strictObject({ org: SlugSchema, period: PeriodSchema, 'as-of': IsoDateSchema.optional(), ...unpinned }),
} as const;

export interface ImageQuery {
  element: ImageElement;
  org: string;
  /** Gauge and ranking. */
  period: string | null;
  /** A pin: exactly this revision, or null. */
  revision: number | null;
  asOf: string | null;
  lang: Lang;
  theme: SvgTheme;
  width: number;
  /** Pixels per px of the PNG. */
  scale: 1 | 2;
  /** The journalist's title instead of the organisation's name, or null. */
  label: string | null;
}

function invalid(issues: Parameters<typeof toApiIssues>[0]): ApiException {
  const apiIssues = toApiIssues(issues).map((issue) => ({ ...issue, path: ['query', ...issue.path] }));
  return new ApiException(400, 'validation_failed', "The request's query is not valid", { issues: apiIssues });
}

/**
 * Reads the query of an image URL. Unknown or repeated parameters are a 400, as on every API read.
 *
 * @example parseImageQuery('party-target-gauge', 'png', new URLSearchParams('org=muong-khuong&period=2024&scale=2'))
 * // { element: 'party-target-gauge', org: 'muong-khuong', period: '2024', revision: null, asOf: null, lang: 'vi', theme: 'light', width: 360, scale: 2, label: null }
 */
export function parseImageQuery(element: ImageElement, format: ImageFormat, params: URLSearchParams): ImageQuery {
  const raw: Record<string, string> = {};
  for (const [key, value] of params) {
    if (Object.hasOwn(raw, key)) throw invalid([{ path: [key], message: 'given more than once', code: 'custom' }]);
    raw[key] = value;
  }
  const schema = format === 'png' ? QUERIES[element].extend(png) : QUERIES[element];
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error.issues);
  const query = parsed.data as Partial<z.infer<(typeof QUERIES)['party-target-gauge']>> & z.infer<(typeof QUERIES)['party-cell-map']> & { scale?: '1' | '2' };
  if (query.revision !== undefined && query['as-of'] !== undefined) {
    throw invalid([{ path: ['revision'], message: 'give revision or as-of, not both', code: 'custom' }]);
  }
  const scheme = query['color-scheme'] ?? query.theme;
  if (query['color-scheme'] && query.theme && query['color-scheme'] !== query.theme) {
    throw invalid([{ path: ['theme'], message: 'differs from color-scheme; give one of them', code: 'custom' }]);
  }
  return {
    element,
    org: query.org,
    period: query.period ?? null,
    revision: query.revision === undefined ? null : parseRevision(query.revision),
    asOf: query['as-of'] ?? null,
    lang: query.lang ?? 'vi',
    theme: scheme === 'dark' ? 'dark' : 'light',
    width: query.width ?? EMBED_ELEMENT_SPECS[element].imageWidth,
    scale: query.scale === '2' ? 2 : 1,
    label: query.label ?? null,
  };
}
