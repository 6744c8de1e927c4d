// The reader languages we publish in and the Intl locales behind them; knows nothing of messages or formats.

/** Reader languages, Vietnamese first: it is the default everywhere. */
export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * The Intl locale for each language. English uses en-GB for day-month-year dates (`31 Dec 2024`),
 * which Vietnamese readers of an English page expect more than the US order.
 */
export const INTL_LOCALES: Readonly<Record<Lang, string>> = { vi: 'vi-VN', en: 'en-GB' };

const made = new Map<string, unknown>();

/**
 * One Intl object of a kind (`Intl.NumberFormat`, `Intl.PluralRules`, …) per language and options for
 * the life of the page or isolate: creating one loads the locale's data, which costs milliseconds.
 *
 * @example intlFor(Intl.PluralRules, 'en').select(1) // 'one'
 */
export function intlFor<T, O extends object>(Kind: new (locale: string, options?: O) => T, lang: Lang, options?: O): T {
  const key = `${Kind.name} ${lang} ${JSON.stringify(options)}`;
  let intl = made.get(key) as T | undefined;
  if (!intl) made.set(key, (intl = new Kind(INTL_LOCALES[lang], options)));
  return intl;
}

function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/**
 * The language of one language tag, as an element's `lang` attribute holds: English for `en` of any
 * region (`en-GB`, `en_US`), Vietnamese for anything else, nothing included. A tag is never a weighted
 * list, so the elements need no more than this (a header goes through resolveLang).
 *
 * @example langOfTag('en-GB') // 'en'
 * @example langOfTag('fr') // 'vi'
 */
export function langOfTag(tag?: string | null): Lang {
  return /^\s*en(?![a-z\d])/i.test(tag ?? '') ? 'en' : 'vi';
}

/**
 * Picks a supported language from a tag (`en-US`), a list (`fr, en;q=0.8`, as in Accept-Language)
 * or nothing; falls back to Vietnamese. Never throws, because it reads untrusted attributes and headers.
 *
 * @example resolveLang('en-US') // 'en'
 * @example resolveLang('fr-FR, en;q=0.5') // 'en'
 * @example resolveLang(undefined) // 'vi'
 */
export function resolveLang(input?: string | null): Lang {
  // The supported language of the highest weight (q, 1 when absent), the first one listed on a tie;
  // a weight of 0 (or one that is not a finite number) rules a language out.
  let best: Lang = 'vi';
  let bestWeight = 0;
  for (const part of input ? input.split(',') : []) {
    const [tag = '', ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/i.exec(p)?.[1]).find((v) => v !== undefined);
    const weight = q === undefined ? 1 : Number(q);
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0]!;
    if (weight > bestWeight && Number.isFinite(weight) && isLang(primary)) [best, bestWeight] = [primary, weight];
  }
  return best;
}
