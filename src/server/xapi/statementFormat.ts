// The `format` parameter of GET /statements: "exact" returns statements as stored, "ids" keeps only identifiers
// of agents, groups, activities and verbs, "canonical" keeps one language per language map (Accept-Language).

type Json = unknown;
type JsonObject = Record<string, Json>;

const isObject = (value: Json): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const ifiKeys = ['mbox', 'mbox_sha1sum', 'openid', 'account'];

function idsOfActor(actor: JsonObject): JsonObject {
  const out: JsonObject = {};
  if (actor.objectType !== undefined) out.objectType = actor.objectType;
  for (const key of ifiKeys) if (actor[key] !== undefined) out[key] = actor[key];
  if (Object.keys(out).every((key) => key === 'objectType') && Array.isArray(actor.member)) {
    out.member = actor.member.map((member) => (isObject(member) ? idsOfActor(member) : member));
  }
  return out;
}

function idsOfObject(object: JsonObject): JsonObject {
  const kind = object.objectType ?? 'Activity';
  if (kind === 'Activity') return { objectType: 'Activity', id: object.id };
  if (kind === 'Agent' || kind === 'Group') return idsOfActor(object);
  if (kind === 'SubStatement') return idsFormat(object);
  return object;
}

function idsFormat(statement: JsonObject): JsonObject {
  const out: JsonObject = { ...statement };
  if (isObject(out.actor)) out.actor = idsOfActor(out.actor);
  if (isObject(out.authority)) out.authority = idsOfActor(out.authority);
  if (isObject(out.verb)) out.verb = { id: out.verb.id };
  if (isObject(out.object)) out.object = idsOfObject(out.object);
  if (isObject(out.context)) {
    const context: JsonObject = { ...out.context };
    if (isObject(context.instructor)) context.instructor = idsOfActor(context.instructor);
    if (isObject(context.team)) context.team = idsOfActor(context.team);
    if (isObject(context.contextActivities)) {
      const lists: JsonObject = {};
      for (const [name, list] of Object.entries(context.contextActivities)) {
        lists[name] = (Array.isArray(list) ? list : [list]).map((activity) => (isObject(activity) ? idsOfObject(activity) : activity));
      }
      context.contextActivities = lists;
    }
    out.context = context;
  }
  return out;
}

const languageMapKeys = new Set(['display', 'name', 'description']);

function pickLanguage(map: JsonObject, languages: string[]): JsonObject {
  const keys = Object.keys(map);
  for (const wanted of languages) {
    const exact = keys.find((key) => key.toLowerCase() === wanted.toLowerCase());
    if (exact) return { [exact]: map[exact] };
    const prefix = keys.find((key) => key.toLowerCase().split('-')[0] === wanted.toLowerCase().split('-')[0]);
    if (prefix) return { [prefix]: map[prefix] };
  }
  const first = keys[0];
  return first === undefined ? {} : { [first]: map[first] };
}

function canonical(value: Json, languages: string[], parentKey: string): Json {
  if (Array.isArray(value)) return value.map((item) => canonical(item, languages, parentKey));
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === 'extensions') out[key] = child;
    else if (languageMapKeys.has(key) && isObject(child) && Object.values(child).every((v) => typeof v === 'string')) {
      // An Agent's or Group's "name" is a plain string, so only object-valued entries are language maps.
      out[key] = pickLanguage(child, languages);
    } else out[key] = canonical(child, languages, key);
  }
  return out;
}

/** Parses Accept-Language into tags ordered by preference. */
export function acceptedLanguages(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^q=([0-9.]+)$/.exec(p.trim())?.[1]).find((v) => v !== undefined);
      return { tag: tag!.trim(), q: q === undefined ? 1 : Number(q) };
    })
    .filter((entry) => entry.tag.length > 0 && entry.tag !== '*')
    .sort((a, b) => b.q - a.q)
    .map((entry) => entry.tag);
}

/** Applies the requested format to a stored statement. */
export function formatStatement(statement: JsonObject, format: 'exact' | 'ids' | 'canonical', languages: string[]): JsonObject {
  if (format === 'ids') return idsFormat(statement);
  if (format === 'canonical') return canonical(statement, languages, '') as JsonObject;
  return statement;
}
