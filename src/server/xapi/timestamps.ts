// ISO 8601 combined date and time, as xAPI timestamps must be (xAPI-Data 4.5): the extended form
// (2024-05-01T10:00:00.123+02:00, also with RFC 3339's space), and the basic form (20240501T100000Z).
// A zone is required here so an instant never depends on the server's clock; "-00:00" is refused as RFC 3339 defines it
// as "unknown local offset", which xAPI rejects.

const extended = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)$/;
const basic = /^(\d{4})(\d{2})(\d{2})[Tt](\d{2})(\d{2})(?:(\d{2})(?:[.,](\d+))?)?(Z|z|[+-]\d{2}(?:\d{2})?)$/;

/** Why a string is not an xAPI timestamp, or undefined when it is one. */
export function timestampProblem(value: string): string | undefined {
  const match = extended.exec(value) ?? basic.exec(value);
  if (!match) return 'must be an ISO 8601 date and time with a time zone, e.g. 2024-05-01T10:00:00.000Z';
  const zone = match[8]!;
  if (/^-00(:?00)?$/.test(zone)) return 'must not use the -00:00 offset (unknown local offset); use Z or +00:00';
  return Number.isNaN(instantOf(match)) ? 'must be a real date and time' : undefined;
}

/** Epoch milliseconds of an xAPI timestamp, or NaN when it is not one (fractions past milliseconds are truncated). */
export function parseTimestamp(value: string): number {
  const match = extended.exec(value) ?? basic.exec(value);
  return match ? instantOf(match) : Number.NaN;
}

function instantOf(match: RegExpExecArray): number {
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number) as [number, number, number, number, number];
  const second = match[6] === undefined ? 0 : Number(match[6]);
  const millis = match[7] === undefined ? 0 : Number(match[7].slice(0, 3).padEnd(3, '0'));
  if (month < 1 || month > 12 || day < 1 || hour > 24 || minute > 59 || second > 60) return Number.NaN;
  if (hour === 24 && (minute !== 0 || second !== 0 || millis !== 0)) return Number.NaN;
  const instant = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 to 1900-1999.
  instant.setUTCFullYear(year, month, 0);
  if (day > instant.getUTCDate()) return Number.NaN;
  const zone = match[8]!;
  let offsetMinutes = 0;
  if (zone !== 'Z' && zone !== 'z') {
    const digits = zone.slice(1).replace(':', '');
    const hours = Number(digits.slice(0, 2));
    const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
    if (hours > 23 || minutes > 59) return Number.NaN;
    offsetMinutes = (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
  }
  // A leap second (:60) is the same instant as the next second's start for ordering purposes.
  instant.setUTCFullYear(year, month - 1, day);
  instant.setUTCHours(hour, minute, second, millis);
  return instant.getTime() - offsetMinutes * 60_000;
}
