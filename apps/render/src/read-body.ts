/** Reads a request body as UTF-8 text, refusing more than a limit however the body is sent. */
import { RenderError } from './render-error.ts';

/**
 * @throws {RenderError} 413 past `limit` bytes (by Content-Length or by counting a chunked body), 400 when empty or not UTF-8.
 */
export async function readBody(request: Request, limit: number): Promise<string> {
  const tooLarge = () => new RenderError(413, 'payload_too_large', `The body is over ${limit} bytes`);
  if (Number(request.headers.get('Content-Length') ?? 0) > limit) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
    size += chunk.value.byteLength;
    if (size > limit) {
      await reader?.cancel();
      throw tooLarge();
    }
    chunks.push(chunk.value);
  }
  if (size === 0) throw new RenderError(400, 'bad_request', 'The body is empty');
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new RenderError(400, 'bad_request', 'The body is not UTF-8');
  }
}
