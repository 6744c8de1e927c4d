/** Refuses a request body over `maxSize` bytes with the API's 413, before anything reads it. */
import { bodyLimit } from 'hono/body-limit';
import { ApiException } from './api-exception.ts';

/** JSON writes are a record each: 64 KiB is generous. */
export const JSON_BODY_LIMIT = 64 * 1024;

export function limitBody(maxSize: number) {
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new ApiException(413, 'payload_too_large', `The body is larger than ${maxSize} bytes`);
    },
  });
}
