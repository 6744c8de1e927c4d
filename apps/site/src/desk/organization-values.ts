/**
 * The organisation form's values (what is typed, kept as a draft) and the body of its PUT. Pure:
 * knows the domain's schema, not the DOM.
 */
import { OrganizationInputSchema, SlugSchema, slugify, type OrganizationInput, type OrganizationKind } from '@chitieu/domain';
import { problemsOf, type FieldProblem } from './form-problems.ts';

/** What the organisation form holds; text as typed. */
export interface OrganizationValues {
  readonly name: string;
  readonly slug: string;
  /** Whether the person changed the slug; until then it follows the name. */
  readonly slugEdited: boolean;
  readonly kind: OrganizationKind | '';
  readonly parent: string | null;
  readonly validFrom: string;
  readonly validTo: string;
  readonly successors: readonly string[];
}

/** An empty form for a new organisation under `parent`. */
export function emptyOrganization(parent: string | null): OrganizationValues {
  return { name: '', slug: '', slugEdited: false, kind: 'grassroots', parent, validFrom: '', validTo: '', successors: [] };
}

/** The form's values for a stored organisation. */
export function organizationValues(slug: string, record: OrganizationInput): OrganizationValues {
  return {
    name: record.name,
    slug,
    slugEdited: true,
    kind: record.kind,
    parent: record.parent,
    validFrom: record.validFrom ?? '',
    validTo: record.validTo ?? '',
    successors: [...record.successors],
  };
}

/**
 * The slug proposed for a name (the domain's slug rules), or '' when the name has no letters yet.
 *
 * @example proposeSlug('Đảng bộ xã Mường Khương') // 'dang-bo-xa-muong-khuong'
 */
export function proposeSlug(name: string): string {
  try {
    return slugify(name);
  } catch {
    return '';
  }
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** The PUT body the values make, checked by the domain's schema: the input, or the problems by field. */
export function organizationInput(values: OrganizationValues): { ok: true; input: OrganizationInput } | { ok: false; problems: FieldProblem[] } {
  const parsed = OrganizationInputSchema.safeParse({
    name: values.name,
    kind: values.kind === '' ? undefined : values.kind,
    parent: values.parent,
    validFrom: orNull(values.validFrom),
    validTo: orNull(values.validTo),
    successors: [...values.successors],
  });
  return parsed.success ? { ok: true, input: parsed.data } : { ok: false, problems: problemsOf(parsed.error.issues) };
}

/** The problems of a new organisation's slug (the path of its PUT), by the domain's slug rules; empty when it fits. */
export function slugProblems(slug: string): FieldProblem[] {
  const parsed = SlugSchema.safeParse(slug);
  return parsed.success ? [] : problemsOf(parsed.error.issues.map((issue) => ({ ...issue, path: ['slug'] })));
}
