import type { XapiActor } from './statementSchema';

// The columns the statement query filters use, extracted once at write time.

type Json = Record<string, unknown>;

/** The identity key of an Agent or identified Group (its IFI), as the agent filter compares them. */
export function actorKey(actor: Partial<XapiActor> | Json): string | undefined {
  const value = actor as Json;
  if (typeof value.mbox === 'string') return `mbox:${value.mbox.toLowerCase()}`;
  if (typeof value.mbox_sha1sum === 'string') return `sha1:${value.mbox_sha1sum.toLowerCase()}`;
  if (typeof value.openid === 'string') return `openid:${value.openid}`;
  const account = value.account as Json | undefined;
  if (account && typeof account.homePage === 'string' && typeof account.name === 'string') return `account:${account.homePage}|${account.name}`;
  return undefined;
}

/** What the statements table indexes for one statement. */
export interface StatementIndexColumns {
  agentKeys: string[];
  relatedAgentKeys: string[];
  verbId: string;
  activityId: string | null;
  relatedActivityIds: string[];
  registration: string | null;
  refId: string | null;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function actorKeysWithMembers(actor: unknown): string[] {
  if (!isObject(actor)) return [];
  const keys: string[] = [];
  const own = actorKey(actor);
  if (own) keys.push(own);
  if (Array.isArray(actor.member)) for (const member of actor.member) if (isObject(member)) keys.push(...actorKeysWithMembers(member));
  return keys;
}

function contextActivityIds(context: unknown): string[] {
  if (!isObject(context) || !isObject(context.contextActivities)) return [];
  const ids: string[] = [];
  for (const list of Object.values(context.contextActivities)) {
    for (const activity of Array.isArray(list) ? list : [list]) if (isObject(activity) && typeof activity.id === 'string') ids.push(activity.id);
  }
  return ids;
}

function contextAgentKeys(context: unknown): string[] {
  if (!isObject(context)) return [];
  const keys = [...actorKeysWithMembers(context.instructor), ...actorKeysWithMembers(context.team)];
  if (Array.isArray(context.contextAgents)) for (const entry of context.contextAgents) if (isObject(entry)) keys.push(...actorKeysWithMembers(entry.agent));
  if (Array.isArray(context.contextGroups)) for (const entry of context.contextGroups) if (isObject(entry)) keys.push(...actorKeysWithMembers(entry.group));
  return keys;
}

function objectKind(object: unknown): string {
  return isObject(object) && typeof object.objectType === 'string' ? object.objectType : 'Activity';
}

/** Extracts the filter columns from a validated, completed statement (authority included). */
export function indexStatement(statement: Json): StatementIndexColumns {
  const object = statement.object as Json;
  const kind = objectKind(object);
  const actorKeys = actorKeysWithMembers(statement.actor);
  const objectAgentKeys = kind === 'Agent' || kind === 'Group' ? actorKeysWithMembers(object) : [];
  const related = new Set<string>([...actorKeys, ...objectAgentKeys, ...actorKeysWithMembers(statement.authority), ...contextAgentKeys(statement.context)]);
  const relatedActivities = new Set<string>(contextActivityIds(statement.context));
  if (kind === 'Activity') relatedActivities.add(String(object.id));
  if (kind === 'SubStatement') {
    for (const key of [...actorKeysWithMembers(object.actor), ...contextAgentKeys(object.context)]) related.add(key);
    const inner = object.object;
    const innerKind = objectKind(inner);
    if (innerKind === 'Activity' && isObject(inner)) relatedActivities.add(String(inner.id));
    if (innerKind === 'Agent' || innerKind === 'Group') for (const key of actorKeysWithMembers(inner)) related.add(key);
    for (const id of contextActivityIds(object.context)) relatedActivities.add(id);
  }
  const context = isObject(statement.context) ? statement.context : {};
  return {
    agentKeys: [...new Set([...actorKeys, ...objectAgentKeys])],
    relatedAgentKeys: [...related],
    verbId: String((statement.verb as Json).id),
    activityId: kind === 'Activity' ? String(object.id) : null,
    relatedActivityIds: [...relatedActivities],
    registration: typeof context.registration === 'string' ? context.registration.toLowerCase() : null,
    refId: kind === 'StatementRef' ? String(object.id).toLowerCase() : null,
  };
}
