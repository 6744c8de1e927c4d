/** The SVG of an embed image from the API's JSON read and the image's options, drawn by the domain; knows nothing of HTTP. */
import {
  AdmissionResponseSchema,
  CellsResponseSchema,
  LANGS,
  renderCellMapSvg,
  renderGaugeSvg,
  renderRankingSvg,
  SubordinateAdmissionsResponseSchema,
  SVG_MAX_WIDTH,
  SVG_MIN_WIDTH,
  SVG_THEMES,
  type Lang,
  type SvgTheme,
} from '@chitieu/domain';
import { LABEL_RULE, parseLabel, type EmbedElement } from '@chitieu/embed';
import { RenderError } from './render-error.ts';

export interface EmbedImageOptions {
  lang: Lang;
  theme: SvgTheme;
  width: number;
  /** PNG only: pixels per px. */
  scale: 1 | 2;
  /** The journalist's title instead of the organisation's name, or null. */
  label: string | null;
}

function embedLabel(raw: string | null): string | null {
  if (raw === null) return null;
  const label = parseLabel(raw);
  if (label === null) throw new RenderError(400, 'bad_request', `label ${LABEL_RULE}`);
  return label;
}

function oneOf<T extends string>(values: readonly T[], value: string | null, name: string): T {
  if (value !== null && (values as readonly string[]).includes(value)) return value as T;
  throw new RenderError(400, 'bad_request', `${name} must be one of ${values.join(', ')}`);
}

/** Options from the query the API sends (`lang`, `theme`, `width`, `scale`, `label`), checked again: this Worker trusts no caller's numbers or words. */
export function embedImageOptions(params: URLSearchParams): EmbedImageOptions {
  const width = Number(params.get('width'));
  if (!Number.isInteger(width) || width < SVG_MIN_WIDTH || width > SVG_MAX_WIDTH) {
    throw new RenderError(400, 'bad_request', `width must be a whole number of px from ${SVG_MIN_WIDTH} to ${SVG_MAX_WIDTH}`);
  }
  return {
    lang: oneOf(LANGS, params.get('lang'), 'lang'),
    theme: oneOf(SVG_THEMES, params.get('theme'), 'theme'),
    width,
    scale: Number(oneOf(['1', '2'], params.get('scale') ?? '1', 'scale')) as 1 | 2,
    label: embedLabel(params.get('label')),
  };
}

/**
 * The element's image as SVG, from the JSON the API's read answered (checked against the wire schema).
 *
 * @throws {RenderError} 400 when the JSON is not that element's response.
 * @example embedSvg('party-target-gauge', '{"organization":…,"admitted":53,…}', { lang: 'vi', theme: 'light', width: 360, scale: 1, label: null })
 */
export function embedSvg(element: EmbedElement, json: string, options: EmbedImageOptions): string {
  let body: unknown;
  try {
    body = JSON.parse(json);
  } catch {
    throw new RenderError(400, 'bad_request', 'The body is not JSON');
  }
  const svgOptions = {
    lang: options.lang,
    theme: options.theme,
    width: options.width,
    idPrefix: `chitieu-${element}`,
    ...(options.label === null ? {} : { label: options.label }),
  };
  const invalid = (issue: { message: string } | undefined) =>
    new RenderError(400, 'bad_request', `The body is not the read of a ${element}: ${issue?.message ?? 'invalid'}`);
  if (element === 'party-target-gauge') {
    const parsed = AdmissionResponseSchema.safeParse(body);
    if (!parsed.success) throw invalid(parsed.error.issues[0]);
    return renderGaugeSvg(parsed.data, svgOptions);
  }
  if (element === 'party-target-ranking') {
    const parsed = SubordinateAdmissionsResponseSchema.safeParse(body);
    if (!parsed.success) throw invalid(parsed.error.issues[0]);
    return renderRankingSvg(parsed.data, svgOptions);
  }
  const parsed = CellsResponseSchema.safeParse(body);
  if (!parsed.success) throw invalid(parsed.error.issues[0]);
  return renderCellMapSvg(parsed.data, svgOptions);
}
