/** Turns a failed request validation into a 400 whose issues name where the bad value was (path, query). */
import { toApiIssues } from '@chitieu/domain';
import type { Hook } from '@hono/zod-openapi';
import { ApiException } from './api-exception.ts';
import type { AppEnv } from './app-env.ts';

const LOCATION: Record<string, string> = { param: 'path', query: 'query', header: 'header', json: 'body', form: 'body', cookie: 'cookie' };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the default hook serves every route, whatever its input
export const validationHook: Hook<any, AppEnv, any, any> = (result) => {
  if (result.success) return;
  const location = LOCATION[result.target] ?? result.target;
  const issues = toApiIssues(result.error.issues).map((issue) => ({ ...issue, path: [location, ...issue.path] }));
  throw new ApiException(400, 'validation_failed', `The request's ${location} is not valid`, { issues });
};
