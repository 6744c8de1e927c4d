/**
 * A source as a form holds it (publisher, title, link, date, as typed) and as the API takes it
 * (the domain's Source, empty fields as null). Pure; the fields' markup is in source-fields.ts.
 */
import type { Source } from '@chitieu/domain';

/** One source as typed. */
export interface SourceValues {
  readonly publisher: string;
  readonly title: string;
  readonly url: string;
  readonly publishedOn: string;
}

/** A source with nothing typed yet. */
export function emptySource(): SourceValues {
  return { publisher: '', title: '', url: '', publishedOn: '' };
}

/** The form's values of a stored source. */
export function sourceValues(source: Source): SourceValues {
  return { publisher: source.publisher ?? '', title: source.title ?? '', url: source.url ?? '', publishedOn: source.publishedOn ?? '' };
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** The source the API takes, before the domain's schema checks it (empty fields are null). */
export function sourceInput(values: SourceValues): Record<keyof Source, string | null> {
  return { publisher: orNull(values.publisher), title: orNull(values.title), url: orNull(values.url), publishedOn: orNull(values.publishedOn) };
}
