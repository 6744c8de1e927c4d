/** The renderer's one error: a status and a code of the API's error shape, thrown from anywhere, answered in one place. */

export type RenderErrorCode = 'bad_request' | 'not_found' | 'method_not_allowed' | 'payload_too_large' | 'unsupported_media_type' | 'internal_error';

export class RenderError extends Error {
  constructor(
    readonly status: 400 | 404 | 405 | 413 | 415 | 500,
    readonly code: RenderErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  /** `{"error":{"code","message"}}`, the shape every Chỉ Tiêu error has. */
  toResponse(): Response {
    return Response.json({ error: { code: this.code, message: this.message } }, { status: this.status, headers: this.headers });
  }
}
