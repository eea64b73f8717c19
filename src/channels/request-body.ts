/**
 * Reading a request body with a ceiling. The declared length is checked before a byte is read and
 * the stream is cut as soon as the ceiling is passed, so an oversized body costs at most `max`
 * bytes of memory whatever the client claims.
 */

/** The body's bytes, or `'too-large'` when it exceeds `max` bytes. Throws when the client aborts. */
export async function readCappedBody(request: Request, max: number): Promise<Uint8Array | 'too-large'> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > max) return 'too-large';
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return 'too-large';
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
