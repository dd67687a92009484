import { randomBytes } from 'node:crypto';

// multipart/mixed bodies (RFC 2046 5.1), which xAPI uses to carry attachment data next to statements, both ways.

/** One body part: its headers (names lower-cased) and raw bytes. */
export interface MultipartPart {
  headers: Map<string, string>;
  body: Buffer;
}

/** A malformed multipart body; the LRS answers 400 with this message. */
export class MultipartError extends Error {}

/** The boundary parameter of a multipart Content-Type header, or undefined when there is none. */
export function boundaryOf(contentType: string | undefined): string | undefined {
  if (!contentType) return undefined;
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;"]{1,70}))/i.exec(contentType);
  return match?.[1] ?? match?.[2];
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  // Folded header lines (a continuation starting with white space) belong to the previous header.
  for (const line of block.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    if (line.length === 0) continue;
    const colon = line.indexOf(':');
    if (colon <= 0) throw new MultipartError(`a multipart part has a malformed header line "${line.slice(0, 80)}"`);
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

/** Splits a multipart body into its parts; the preamble and epilogue are ignored, as RFC 2046 says. */
export function parseMultipart(body: Buffer, boundary: string): MultipartPart[] {
  const dashBoundary = Buffer.from(`--${boundary}`);
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  let position = body.subarray(0, dashBoundary.length).equals(dashBoundary) ? 0 : body.indexOf(delimiter);
  if (position < 0) throw new MultipartError(`the body has no "--${boundary}" boundary line`);
  position += position === 0 && body[0] !== 0x0d ? dashBoundary.length : delimiter.length;
  const parts: MultipartPart[] = [];
  for (;;) {
    if (body[position] === 0x2d && body[position + 1] === 0x2d) return parts;
    while (body[position] === 0x20 || body[position] === 0x09) position++;
    if (body[position] !== 0x0d || body[position + 1] !== 0x0a) throw new MultipartError('a boundary line must end with CRLF');
    position += 2;
    const next = body.indexOf(delimiter, position);
    if (next < 0) throw new MultipartError(`the body has no closing "--${boundary}--" line`);
    const part = body.subarray(position, next);
    const headerEnd = part.subarray(0, 2).toString('latin1') === '\r\n' ? 0 : part.indexOf('\r\n\r\n');
    if (headerEnd < 0) throw new MultipartError('a multipart part has no blank line between its headers and its body');
    const headers = headerEnd === 0 ? new Map<string, string>() : parseHeaders(part.subarray(0, headerEnd).toString('latin1'));
    parts.push({ headers, body: part.subarray(headerEnd === 0 ? 2 : headerEnd + 4) });
    position = next + delimiter.length;
  }
}

/** Serialises parts into a multipart/mixed body with a fresh random boundary. */
export function buildMultipart(parts: { headers: Record<string, string>; body: Buffer | string }[]): { boundary: string; body: Buffer } {
  const boundary = `skilltrace-${randomBytes(12).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const head = Object.entries(part.headers).map(([name, value]) => `${name}: ${value}\r\n`).join('');
    chunks.push(Buffer.from(`--${boundary}\r\n${head}\r\n`), Buffer.isBuffer(part.body) ? part.body : Buffer.from(part.body), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { boundary, body: Buffer.concat(chunks) };
}
