// RFC 5646 language tags, as xAPI language map keys and context.language must be (xAPI-Data 4.2). A regular
// expression alone cannot refuse a repeated variant or extension singleton, which RFC 5646 2.2.5/2.2.6 forbid.

const irregularTags = new Set([
  'en-gb-oed', 'i-ami', 'i-bnn', 'i-default', 'i-enochian', 'i-hak', 'i-klingon', 'i-lux', 'i-mingo', 'i-navajo', 'i-pwn',
  'i-tao', 'i-tay', 'i-tsu', 'sgn-be-fr', 'sgn-be-nl', 'sgn-ch-de', 'art-lojban', 'cel-gaulish', 'no-bok', 'no-nyn',
  'zh-guoyu', 'zh-hakka', 'zh-min', 'zh-min-nan', 'zh-xiang',
]);

const alpha = (n: string): RegExp => new RegExp(`^[a-z]{${n}}$`);
const twoOrThreeLetters = alpha('2,3');
const threeLetters = alpha('3');
const fourLetters = alpha('4');
const fiveToEightLetters = alpha('5,8');
const region = /^(?:[a-z]{2}|\d{3})$/;
const variant = /^(?:[a-z0-9]{5,8}|\d[a-z0-9]{3})$/;
const singleton = /^[0-9a-wy-z]$/;
const extensionSubtag = /^[a-z0-9]{2,8}$/;
const privateSubtag = /^[a-z0-9]{1,8}$/;

function isPrivateUse(subtags: string[], from: number): boolean {
  return subtags[from] === 'x' && from + 1 < subtags.length && subtags.slice(from + 1).every((tag) => privateSubtag.test(tag));
}

/** True when `tag` is a well-formed RFC 5646 language tag (case-insensitive), with no repeated variant or singleton. */
export function isLanguageTag(tag: string): boolean {
  // The same few tags (en-US, …) arrive in nearly every statement; a small memo spares re-parsing them.
  const known = recentTags.get(tag);
  if (known !== undefined) return known;
  const valid = parseLanguageTag(tag);
  if (recentTags.size >= 256) recentTags.clear();
  recentTags.set(tag, valid);
  return valid;
}

const recentTags = new Map<string, boolean>();

function parseLanguageTag(tag: string): boolean {
  if (tag.length === 0 || tag.length > 100) return false;
  const lower = tag.toLowerCase();
  if (irregularTags.has(lower)) return true;
  const subtags = lower.split('-');
  if (subtags.some((subtag) => subtag.length === 0)) return false;
  if (isPrivateUse(subtags, 0)) return true;
  let i = 0;
  const language = subtags[i++]!;
  if (twoOrThreeLetters.test(language)) {
    // Up to three extended language subtags may follow a two- or three-letter language.
    for (let ext = 0; ext < 3 && i < subtags.length && threeLetters.test(subtags[i]!); ext++) i++;
  } else if (!fourLetters.test(language) && !fiveToEightLetters.test(language)) {
    return false;
  }
  if (i < subtags.length && fourLetters.test(subtags[i]!)) i++;
  if (i < subtags.length && region.test(subtags[i]!)) i++;
  const variants = new Set<string>();
  while (i < subtags.length && variant.test(subtags[i]!)) {
    if (variants.has(subtags[i]!)) return false;
    variants.add(subtags[i++]!);
  }
  const singletons = new Set<string>();
  while (i < subtags.length && singleton.test(subtags[i]!)) {
    if (singletons.has(subtags[i]!)) return false;
    singletons.add(subtags[i++]!);
    const start = i;
    while (i < subtags.length && extensionSubtag.test(subtags[i]!)) i++;
    if (i === start) return false;
  }
  if (i === subtags.length) return true;
  return isPrivateUse(subtags, i);
}
