import { createHash } from 'node:crypto';
import { HttpError } from '../http/requestAuth';
import { MultipartError, boundaryOf, parseMultipart } from './multipartMixed';

// Attachment data sent with statements (xAPI-Communication 1.5.2): a multipart/mixed request whose first part holds the
// statements and whose other parts each hold the bytes of one attachment, named by its SHA-2 in X-Experience-API-Hash.

type Json = Record<string, unknown>;

/** The bytes of one attachment, addressed by its SHA-2 hex digest as the statement's `sha2` names it. */
export interface AttachmentData {
  sha2: string;
  contentType: string;
  content: Buffer;
}

/** What fastify's multipart/mixed parser hands the route: the raw bytes and the Content-Type they came with. */
export interface MultipartBody {
  kind: 'multipart/mixed';
  contentType: string;
  bytes: Buffer;
}

/** The usage type of a JWS signature attachment (xAPI-Data 2.6). */
export const signatureUsageType = 'http://adlnet.gov/expapi/attachments/signature';

/** True for the value fastify's multipart/mixed content-type parser produces. */
export function isMultipartBody(body: unknown): body is MultipartBody {
  return typeof body === 'object' && body !== null && (body as MultipartBody).kind === 'multipart/mixed' && Buffer.isBuffer((body as MultipartBody).bytes);
}

/** The SHA-2 digest of `content` with the variant a hex digest of this length names (224, 256, 384 or 512 bits). */
export function sha2Of(content: Buffer, hexLength: number): string | undefined {
  const algorithm = { 56: 'sha224', 64: 'sha256', 96: 'sha384', 128: 'sha512' }[hexLength];
  return algorithm ? createHash(algorithm).update(content).digest('hex') : undefined;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every Attachment object of a statement, its SubStatement's included. */
export function attachmentsOf(statement: Json): Json[] {
  const own = Array.isArray(statement.attachments) ? statement.attachments.filter(isObject) : [];
  const object = statement.object;
  if (isObject(object) && object.objectType === 'SubStatement') return [...own, ...attachmentsOf(object)];
  return own;
}

// JSON.parse keeps a "__proto__" key as an own property, but later spreads of it are a classic pollution vector.
function parseJsonPart(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => {
    if (key === '__proto__') throw new SyntaxError('"__proto__" is not allowed as a key');
    return value;
  });
}

/** Splits a multipart/mixed statement request into its statements and attachment parts, refusing malformed ones with 400. */
export function readMultipartStatements(body: MultipartBody): { statements: unknown; data: AttachmentData[] } {
  const boundary = boundaryOf(body.contentType);
  if (!boundary) throw new HttpError(400, 'a multipart/mixed request needs a boundary parameter in its Content-Type header');
  let parts;
  try {
    parts = parseMultipart(body.bytes, boundary);
  } catch (error) {
    if (error instanceof MultipartError) throw new HttpError(400, `malformed multipart/mixed body: ${error.message}`);
    throw error;
  }
  const [first, ...rest] = parts;
  if (!first) throw new HttpError(400, 'the multipart/mixed body has no parts; the first part must hold the statements');
  if (!/^application\/json\s*(;|$)/i.test(first.headers.get('content-type') ?? '')) {
    throw new HttpError(400, 'the first part of a multipart/mixed statement request must be Content-Type: application/json');
  }
  let statements: unknown;
  try {
    statements = parseJsonPart(first.body.toString('utf8'));
  } catch (error) {
    throw new HttpError(400, `the first multipart part is not valid JSON: ${(error as Error).message}`);
  }
  const data = rest.map((part, index): AttachmentData => {
    const where = `multipart part ${index + 2}`;
    const hash = part.headers.get('x-experience-api-hash')?.toLowerCase();
    if (!hash) throw new HttpError(400, `${where} has no X-Experience-API-Hash header naming the attachment's sha2`);
    if ((part.headers.get('content-transfer-encoding') ?? '').toLowerCase() !== 'binary') {
      throw new HttpError(400, `${where} must have Content-Transfer-Encoding: binary`);
    }
    if (sha2Of(part.body, hash.length) !== hash) throw new HttpError(400, `${where}: its bytes do not hash to its X-Experience-API-Hash ${hash}`);
    return { sha2: hash, contentType: part.headers.get('content-type') ?? 'application/octet-stream', content: part.body };
  });
  return { statements, data };
}

/**
 * Checks that attachment data and statements agree (xAPI-Communication 1.5.2): every attachment without a fileUrl has
 * its bytes in the request, and every part belongs to an attachment. Returns the data by sha2.
 */
export function matchAttachmentData(statements: Json[], data: AttachmentData[]): Map<string, AttachmentData> {
  const declared = new Map<string, Json>();
  for (const statement of statements) for (const attachment of attachmentsOf(statement)) declared.set(String(attachment.sha2).toLowerCase(), attachment);
  const bySha2 = new Map<string, AttachmentData>();
  for (const part of data) {
    if (!declared.has(part.sha2)) throw new HttpError(400, `a multipart part carries ${part.sha2}, which no attachment of the statements declares as its sha2`);
    bySha2.set(part.sha2, part);
  }
  for (const [sha2, attachment] of declared) {
    if (attachment.fileUrl === undefined && !bySha2.has(sha2)) {
      throw new HttpError(400, `the attachment with sha2 ${sha2} has no fileUrl, so its bytes must be sent as a multipart/mixed part`);
    }
  }
  return bySha2;
}
