/** The one error shape every API error uses, and the codes it may carry. */
import { z } from 'zod';

export const ERROR_CODES = [
  'bad_request',
  'validation_failed',
  'unauthorized',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'conflict',
  'precondition_failed',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'internal_error',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ApiIssueSchema = z
  .strictObject({ path: z.array(z.union([z.string(), z.number()])), message: z.string(), code: z.string().optional() })
  .meta({ id: 'ApiIssue' });
export type ApiIssue = z.infer<typeof ApiIssueSchema>;

/**
 * @example { "error": { "code": "not_found", "message": "No organization named \"x\"" } }
 */
export const ApiErrorSchema = z
  .strictObject({
    error: z.strictObject({
      code: z.enum(ERROR_CODES),
      message: z.string(),
      issues: z.array(ApiIssueSchema).optional(),
    }),
  })
  .meta({ id: 'ApiError' });
export type ApiError = z.infer<typeof ApiErrorSchema>;

/** Converts zod issues to the wire's issue list (path, message, code). */
export function toApiIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string; code?: string }>): ApiIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment))),
    message: issue.message,
    ...(issue.code ? { code: issue.code } : {}),
  }));
}
