/** The 404 for an organisation slug that names nothing. */
import { organizationNotFoundMessage } from '@chitieu/embed';
import { ApiException } from '../http/api-exception.ts';

export function organizationNotFound(slug: string): ApiException {
  return new ApiException(404, 'not_found', organizationNotFoundMessage(slug));
}
