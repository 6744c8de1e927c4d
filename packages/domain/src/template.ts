// How a reader-facing template becomes a string: `{name}` placeholders filled, numbers written with the
// language's separators, the plural form picked by `count`. The tables live apart, one per element
// (common-messages.ts, gauge-messages.ts, map-messages.ts, ranking-messages.ts) and the rest in
// messages.ts, so an element downloads only its own words.
import { INTL_LOCALES, type Lang } from './locale.ts';
import { integerText } from './plain-digits.ts';

/** A template; `{name}` is replaced by a param. Plural forms are picked by the `count` param. */
export type Template = string | { readonly one: string; readonly other: string };

/** A table of templates in both languages. */
export type MessageTable = Readonly<Record<string, Readonly<Record<Lang, Template>>>>;

const numberFormats = new Map<Lang, Intl.NumberFormat>();
const pluralRules = new Map<Lang, Intl.PluralRules>();

function formatParam(value: string | number, lang: Lang): string {
  if (typeof value === 'string') return value;
  const plain = integerText(value, lang);
  if (plain !== null) return plain;
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(INTL_LOCALES[lang])));
  return format.format(value);
}

function pick(template: Template, lang: Lang, count: string | number | undefined): string {
  if (typeof template === 'string') return template;
  // Vietnamese has one plural form, so no PluralRules (and no ICU data) is needed for it.
  if (lang === 'vi') return template.other;
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(INTL_LOCALES[lang])));
  return typeof count === 'number' && rules.select(count) === 'one' ? template.one : template.other;
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
