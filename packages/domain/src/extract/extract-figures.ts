/**
 * The reader of party-building reports: proposes the figures a Vietnamese text states about
 * admissions, targets, membership and cells, each pointing at the words it comes from. Deterministic,
 * no network, no model; it proposes, a person decides. What the text does not say stays out.
 */
import type { OrganizationKind } from '../organization.ts';
import { parsePeriod } from '../period.ts';
import { normalizeText } from '../text.ts';
import { admissionPhrases } from './admission-phrases.ts';
import { cellPhrases } from './cell-phrases.ts';
import { isoDay, timeMentions, type TimeMention } from './dates.ts';
import { targetFromOvershoot, targetFromPercent, targetFromShortfall } from './derive-targets.ts';
import type { ExtractedFigure } from './extracted-figure.ts';
import type { Extraction, ExtractedOrganization } from './extraction.ts';
import type { Found } from './found-figure.ts';
import { membershipPhrases } from './membership-phrases.ts';
import { normalizeWithOffsets, type Span } from './normalized-text.ts';
import { organizationKey, organizationMentions } from './organization-mentions.ts';
import { sentenceSpans } from './sentences.ts';

/** What the caller knows that the text may leave out. */
export type ExtractionContext = {
  /** The organisation the text is about: figures not said of another organisation are its own. */
  organization?: { name: string; kind?: OrganizationKind | null };
  /** The year figures belong to when the text names none. */
  year?: number;
  /** The term "từ đầu nhiệm kỳ" refers to when the text names none (`2020-2025`). */
  term?: string;
  /** The article's day (`YYYY-MM-DD`): the year of "tính đến ngày 15-9" when the text leaves it out. */
  publishedOn?: string;
};

type Placed = ExtractedFigure & { sentence: number };

const ADMISSION_TYPES = new Set(['admitted', 'target', 'overshoot', 'shortfall', 'percentOfTarget', 'targetStatus', 'termToDate', 'totalMembers']);

const inside = (span: Span, outer: Span) => outer.start <= span.start && span.end <= outer.end;

/** The mention nearest before `at` within the sentence, else the first after it there. */
function nearest<T extends { span: Span }>(items: T[], sentence: Span, at: number): T | null {
  const here = items.filter((item) => inside(item.span, sentence));
  return here.filter((item) => item.span.end <= at).at(-1) ?? here.find((item) => item.span.start >= at) ?? null;
}

/**
 * Proposes the figures of a report. Offsets are into `input` as given, also when it was typed in NFD.
 *
 * @example
 * const { figures } = extractFigures('Năm 2024, Đảng bộ xã A Mú Sung kết nạp 53 đảng viên mới (vượt 33 đảng viên so với chỉ tiêu).');
 * figures.find((f) => f.type === 'target')?.value; // { min: 20, max: 20 }, derived: "53 − 33 = 20"
 */
export function extractFigures(input: string, context: ExtractionContext = {}): Extraction {
  const normalized = normalizeWithOffsets(input);
  const text = normalized.text;
  const times = timeMentions(text);
  const years = times.filter((t): t is Extract<TimeMention, { kind: 'year' }> => t.kind === 'year');
  const terms = times.filter((t): t is Extract<TimeMention, { kind: 'term' }> => t.kind === 'term');
  const days = times.filter((t): t is Extract<TimeMention, { kind: 'day' }> => t.kind === 'day');
  const publishedYear = context.publishedOn ? Number(context.publishedOn.slice(0, 4)) : null;

  const organizations: ExtractedOrganization[] = [];
  const keys = new Map<string, number>();
  if (context.organization) {
    const name = normalizeText(context.organization.name);
    organizations.push({ name, kind: context.organization.kind ?? null, span: null });
    keys.set(organizationKey(name), 0);
  }
  const mentions = organizationMentions(text).map((mention) => {
    const key = organizationKey(mention.name);
    let index = keys.get(key);
    if (index === undefined) {
      index = organizations.push({ name: mention.name, kind: mention.kind, span: mention.span }) - 1;
      keys.set(key, index);
    } else {
      const known = organizations[index];
      // The context named it; its first mention in the text is where a reader sees it.
      if (known && known.span === null) organizations[index] = { ...known, kind: known.kind ?? mention.kind, span: mention.span };
    }
    return { index, span: mention.span };
  });

  const figures: Placed[] = [];
  // How each percentage was written, which bounds the target it implies.
  const percentWritten = new Map<Placed, { decimals: number; numberText: string }>();
  const sentences = sentenceSpans(text);
  sentences.forEach((sentence, sentenceIndex) => {
    const found: Found[] = [...admissionPhrases(text, sentence), ...membershipPhrases(text, sentence), ...cellPhrases(text, sentence)];
    const carriedYear = years.filter((y) => y.span.start < sentence.start).at(-1)?.year ?? context.year ?? null;
    for (const f of found) {
      const organization =
        mentions.filter((m) => inside(m.span, sentence) && m.span.end <= f.span.start).at(-1)?.index ?? (organizations.length > 0 ? 0 : null);
      const day = nearest(days, sentence, f.span.start);
      const yearHere = nearest(years, sentence, f.span.start)?.year ?? day?.year ?? null;
      const termHere = nearest(terms, sentence, f.span.start)?.term ?? null;
      let period: string | null;
      if (!ADMISSION_TYPES.has(f.type)) period = termHere;
      else if (f.type === 'target' && f.perYear) period = yearHere === null ? null : String(yearHere);
      else if (yearHere !== null) period = String(yearHere);
      // Membership is counted on a day, so a term is never its period; admissions may be of a whole term.
      else if (termHere !== null && f.type !== 'termToDate' && f.type !== 'totalMembers') period = termHere;
      else period = carriedYear === null ? null : String(carriedYear);
      const periodYear = period !== null && parsePeriod(period)?.kind === 'year' ? Number(period) : null;
      const asOf = day ? isoDay(day, periodYear ?? publishedYear) : null;
      const common = { organization, period, asOf, derivation: null, sentence: sentenceIndex };
      if (f.type === 'termToDate') {
        const containing = terms.find((t) => {
          const term = parsePeriod(t.term);
          return term?.kind === 'term' && periodYear !== null && term.start <= periodYear && periodYear < term.end;
        });
        const term = termHere ?? containing?.term ?? terms.filter((t) => t.span.start < f.span.start).at(-1)?.term ?? context.term ?? null;
        figures.push({ type: 'termToDate', value: f.value, term, span: f.span, ...common });
      } else if (f.type === 'percentOfTarget') {
        const placed: Placed = { type: 'percentOfTarget', value: f.value, span: f.span, ...common };
        percentWritten.set(placed, { decimals: f.decimals, numberText: f.numberText });
        figures.push(placed);
      } else {
        figures.push({ ...f, ...common } as Placed);
      }
    }
  });

  const derived = deriveTargets(figures, percentWritten);
  // A phrase read by two patterns ("nâng tổng số đảng viên … lên 454" holds "tổng số đảng viên … lên 454") counts once.
  const bySentence = new Map<number, Placed[]>();
  for (const f of figures) bySentence.set(f.sentence, [...(bySentence.get(f.sentence) ?? []), f]);
  const distinct = figures.filter(
    (f) =>
      !(bySentence.get(f.sentence) ?? []).some(
        (g) => g !== f && g.type === f.type && inside(f.span, g.span) && g.span.end - g.span.start > f.span.end - f.span.start,
      ),
  );
  const all = [...distinct, ...derived].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const organizationFigures: Placed[] = organizations.flatMap((org, index) =>
    org.span === null
      ? []
      : [
          {
            type: 'organization',
            value: org.name,
            kind: org.kind,
            span: org.span,
            organization: index,
            period: null,
            asOf: null,
            derivation: null,
            sentence: -1,
          } as Placed,
        ],
  );
  const toOriginal = normalized.toOriginal;
  return {
    organizations: organizations.map((org) => ({ ...org, span: org.span && toOriginal(org.span) })),
    figures: [...organizationFigures, ...all].map(({ sentence: _sentence, ...figure }) => ({
      ...figure,
      span: toOriginal(figure.span),
      derivation: figure.derivation && { ...figure.derivation, from: figure.derivation.from.map(toOriginal) },
    })) as ExtractedFigure[],
  };
}

/** Targets implied by an overshoot, a shortfall or a percentage, where the text states none itself. */
function deriveTargets(figures: Placed[], percentWritten: Map<Placed, { decimals: number; numberText: string }>): Placed[] {
  const sameRecord = (a: Placed, b: Placed) => a.organization === b.organization && a.period === b.period;
  const proposals: Placed[] = [];
  for (const f of figures) {
    if (f.type !== 'overshoot' && f.type !== 'shortfall' && f.type !== 'percentOfTarget') continue;
    if (figures.some((t) => t.type === 'target' && sameRecord(t, f))) continue;
    const admitted = figures
      .filter(
        (a): a is Extract<Placed, { type: 'admitted' }> =>
          a.type === 'admitted' && sameRecord(a, f) && a.span.end <= f.span.start && f.sentence - a.sentence <= 1,
      )
      .at(-1);
    if (!admitted) continue;
    let result;
    if (f.type === 'overshoot') result = targetFromOvershoot(admitted, f);
    else if (f.type === 'shortfall') result = targetFromShortfall(admitted, f);
    else {
      const written = percentWritten.get(f);
      result = written ? targetFromPercent(admitted, { value: f.value, span: f.span, ...written }) : null;
    }
    if (!result) continue;
    proposals.push({
      type: 'target',
      value: { min: result.value, max: result.value },
      perYear: false,
      span: f.span,
      organization: f.organization,
      period: f.period,
      asOf: f.asOf,
      derivation: result.derivation,
      sentence: f.sentence,
    });
  }
  // Two ways to the same record's target must agree, or neither is proposed.
  return proposals.filter((p) => proposals.every((q) => !sameRecord(p, q) || (q.type === 'target' && p.type === 'target' && q.value.min === p.value.min)));
}
