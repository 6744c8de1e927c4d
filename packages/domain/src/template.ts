// How a reader-facing template becomes a string: `{name}` placeholders filled, numbers written with the
// language's separators, the plural form picked by `count`. The tables live apart, one per element
// (common-messages.ts, gauge-messages.ts, map-messages.ts, ranking-messages.ts) and the rest in
// messages.ts, so an element downloads only its own words.
import { intlFor, type Lang } from './locale.ts';
import { integerText } from './plain-digits.ts';

/** A template; `{name}` is replaced by a param. Plural forms are picked by the `count` param. */
export type Template = string | { readonly one: string; readonly other: string };

/** A table of templates in both languages. */
export type MessageTable = Readonly<Record<string, Readonly<Record<Lang, Template>>>>;

function formatParam(value: string | number, lang: Lang): string {
  if (typeof value === 'string') return value;
  return integerText(value, lang) ?? intlFor(Intl.NumberFormat, lang).format(value);
}

function pick(template: Template, lang: Lang, count: string | number | undefined): string {
  if (typeof template === 'string') return template;
  // Vietnamese has one plural form, so no PluralRules (and no ICU data) is needed for it.
  if (lang === 'vi') return template.other;
  return typeof count === 'number' && intlFor(Intl.PluralRules, lang).select(count) === 'one' ? template.one : template.other;
}

/**
 * A template of a message table in `lang` with its params filled, as `message` fills its own: for every
 * table of messages.
 *
 * @example fillTemplate({ one: '{count} cell', other: '{count} cells' }, 'en', { count: 2 }) // '2 cells'
 */
export function fillTemplate(templates: Template, lang: Lang, params: Record<string, string | number> = {}): string {
  const template = pick(templates, lang, params['count']);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : formatParam(value, lang);
  });
}

/**
 * The message function of a table: a string of it in `lang` with its params filled by `fillTemplate`.
 * One function for every table, so each table's own (`gaugeMessage`, `mapMessage`…) costs an element a call.
 *
 * @example messagesOf({ hi: { vi: 'Chào {name}', en: 'Hello {name}' } })('en', 'hi', { name: 'Lan' }) // 'Hello Lan'
 */
export function messagesOf<K extends string>(
  table: Readonly<Record<K, Readonly<Record<Lang, Template>>>>,
): (lang: Lang, key: K, params?: Record<string, string | number>) => string {
  return (lang, key, params) => fillTemplate(table[key][lang], lang, params);
}
