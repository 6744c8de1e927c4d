// How the desk and the builder name an organisation's level, Vietnamese first, English second. Knows nothing of the page.
import type { OrganizationKind } from '@chitieu/domain';

/** The level of an organisation, in both languages: 'Cấp tỉnh · Provincial'. */
export const KIND_LABELS: Readonly<Record<OrganizationKind, string>> = {
  provincial: 'Cấp tỉnh · Provincial',
  district: 'Cấp huyện · District',
  grassroots: 'Cơ sở · Grassroots',
};
