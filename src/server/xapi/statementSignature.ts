import { X509Certificate, verify } from 'node:crypto';
import { HttpError } from '../http/requestAuth';
import { attachmentsOf, signatureUsageType, type AttachmentData } from './statementAttachments';
import { statementsMatch } from './statementComparison';

// Signed statements (xAPI-Data 2.6): a signature attachment holds a JWS (compact serialisation) whose payload is the
// statement itself. The LRS must refuse malformed signatures; with an x5c certificate chain it can also verify the
// signature cryptographically, which it does.

type Json = Record<string, unknown>;

const hashOfAlgorithm: Record<string, string> = { RS256: 'sha256', RS384: 'sha384', RS512: 'sha512' };

function decodeSegment(segment: string, what: string): Json {
  if (!/^[A-Za-z0-9_-]+$/.test(segment)) throw new HttpError(400, `the statement signature's ${what} is not base64url`);
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
  } catch {
    throw new HttpError(400, `the statement signature's ${what} is not JSON`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new HttpError(400, `the statement signature's ${what} is not a JSON object`);
  return value as Json;
}

/** Refuses (400) a statement whose signature attachment is malformed, does not match the statement, or does not verify. */
export function checkStatementSignature(statement: Json, data: Map<string, AttachmentData>): void {
  const signatures = attachmentsOf(statement).filter((attachment) => attachment.usageType === signatureUsageType);
  if (signatures.length === 0) return;
  if (signatures.length > 1) throw new HttpError(400, 'a statement can carry at most one signature attachment');
  const signature = signatures[0]!;
  if (signature.contentType !== 'application/octet-stream') throw new HttpError(400, 'a signature attachment must have contentType application/octet-stream');
  const raw = data.get(String(signature.sha2).toLowerCase());
  if (!raw) throw new HttpError(400, 'the signature attachment must be sent as a multipart/mixed part, not a fileUrl');
  const segments = raw.content.toString('utf8').trim().split('.');
  if (segments.length !== 3) throw new HttpError(400, 'the statement signature is not a JWS in compact serialisation (header.payload.signature)');
  const [headerSegment, payloadSegment, signatureSegment] = segments as [string, string, string];
  const header = decodeSegment(headerSegment, 'JWS header');
  const payload = decodeSegment(payloadSegment, 'JWS payload');
  const hash = typeof header.alg === 'string' ? hashOfAlgorithm[header.alg] : undefined;
  if (!hash) throw new HttpError(400, 'the statement signature must use RS256, RS384 or RS512');
  // The payload is the statement as signed: it must match what was sent, apart from what an LRS may add or change.
  const withoutAttachments = (value: Json): Json => {
    const { attachments: _attachments, ...rest } = value;
    return rest;
  };
  const sameId = payload.id === undefined || String(payload.id).toLowerCase() === String(statement.id ?? payload.id).toLowerCase();
  if (!sameId || !statementsMatch(withoutAttachments(payload), withoutAttachments(statement)) || !statementsMatch(withoutAttachments(statement), withoutAttachments(payload))) {
    throw new HttpError(400, 'the statement signature does not match the statement: its JWS payload differs');
  }
  if (Array.isArray(header.x5c) && header.x5c.length > 0) {
    let valid: boolean;
    try {
      const certificate = new X509Certificate(Buffer.from(String(header.x5c[0]), 'base64'));
      valid = verify(hash, Buffer.from(`${headerSegment}.${payloadSegment}`), certificate.publicKey, Buffer.from(signatureSegment, 'base64url'));
    } catch {
      throw new HttpError(400, 'the statement signature\'s x5c certificate cannot be read');
    }
    if (!valid) throw new HttpError(400, 'the statement signature does not verify with the certificate in its x5c header');
  }
}
