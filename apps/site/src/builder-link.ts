// The address of the embed builder preset with an embed (element, organisation, period, pin, language),
// as the data desk's embed dialog links to it; the builder reads the same names back. Knows nothing of the page.
import type { EmbedParams } from '@chitieu/embed';

/**
 * @example builderHref({ element: 'party-target-gauge', org: 'muong-khuong', period: '2024', revision: 2, asOf: null, lang: 'vi', … })
 * // '/builder?element=party-target-gauge&org=muong-khuong&period=2024&revision=2'
 */
export function builderHref(params: Pick<EmbedParams, 'element' | 'org' | 'period' | 'revision' | 'asOf' | 'lang'>): string {
  const query = new URLSearchParams({ element: params.element, org: params.org });
  if (params.period !== null) query.set('period', params.period);
  if ((params.revision ?? null) !== null) query.set('revision', String(params.revision));
  if (params.asOf !== null) query.set('as-of', params.asOf);
  if (params.lang !== 'vi') query.set('lang', params.lang);
  return `/builder?${query}`;
}
