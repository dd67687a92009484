import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AccountStore, Principal, Role } from '../accounts/accountStore';

/** An HTTP refusal with a status and a message the client can act on; the error handler turns it into JSON. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
  }
}

/** Resolves the request's credentials or answers 401 with a Basic challenge; used by every authenticated route. */
export async function authenticate(accounts: AccountStore, request: FastifyRequest, reply: FastifyReply, roles?: Role[]): Promise<Principal> {
  const principal = await accounts.authenticate(request.headers.authorization);
  if (!principal) {
    // xAPI clients expect the Basic challenge; the dashboard's fetch calls must not get it, or browsers pop up their own login dialog.
    if (request.url.startsWith('/xapi')) void reply.header('www-authenticate', 'Basic realm="skilltrace"');
    throw new HttpError(401, 'missing or invalid credentials: send Authorization: Basic base64(user:password or user:token) or Bearer <token>');
  }
  if (roles && !roles.includes(principal.role)) throw new HttpError(403, `this needs the ${roles.join(' or ')} role; you are ${principal.role}`);
  return principal;
}
