/** OpenAPI response entries for the error statuses a route can answer, all with the ApiError shape. */
import { ApiErrorSchema } from '@chitieu/domain';

const DESCRIPTIONS = {
  400: 'The path or query is malformed; `issues` says which part and why.',
  404: 'No such organisation, or no record for it.',
  405: 'The path exists but does not serve this method; see the Allow header.',
} as const;

type ErrorResponse = { description: string; content: { 'application/json': { schema: typeof ApiErrorSchema } } };

/** @example responses: { 200: {...}, ...errorResponses(400, 404) } */
export function errorResponses<S extends keyof typeof DESCRIPTIONS>(...statuses: S[]): Record<S, ErrorResponse> {
  const responses = {} as Record<S, ErrorResponse>;
  for (const status of statuses) {
    responses[status] = { description: DESCRIPTIONS[status], content: { 'application/json': { schema: ApiErrorSchema } } };
  }
  return responses;
}
