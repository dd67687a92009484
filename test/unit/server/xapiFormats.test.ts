import assert from 'node:assert/strict';
import { isLanguageTag } from '../../../src/server/xapi/languageTags';
import { MultipartError, boundaryOf, buildMultipart, parseMultipart } from '../../../src/server/xapi/multipartMixed';
import { parseTimestamp, timestampProblem } from '../../../src/server/xapi/timestamps';

describe('xAPI data formats', () => {
  describe('RFC 5646 language tags (xAPI-Data 4.2, ADL XAPI-00013)', () => {
    const valid = ['de', 'en-US', 'de-DE', 'zh-Hant', 'sr-Latn-RS', 'zh-Hans-CN', 'cmn', 'ase', 'es-419', 'es-MX', 'fr-CA', 'ja', 'sr-Cyrl',
      'de-CH-1901', 'sl-rozaj-biske', 'en-a-bbb-x-a-ccc', 'x-whatever', 'i-klingon', 'zh-yue-HK', 'EN-us'];
    const invalid = ['', 'something', 'a12345', 'en-something-AU', 'zh-z-aaa-z-bbb-c-ccc', 'de-DE-1901-1901', 'en--US', 'en-US-', '1234',
      'en-a', 'x', 'en-x', 'abcdefghi', 'en_US'];
    for (const tag of valid) it(`accepts ${tag}`, () => assert.equal(isLanguageTag(tag), true));
    for (const tag of invalid) it(`refuses "${tag}"`, () => assert.equal(isLanguageTag(tag), false));
  });

  describe('ISO 8601 timestamps (xAPI-Data 4.5, ADL XAPI-00122/00123)', () => {
    it('reads the extended, RFC 3339 (space) and basic forms as the same instant', () => {
      const instant = Date.UTC(2008, 8, 15, 15, 53, 0, 601);
      assert.equal(parseTimestamp('2008-09-15T15:53:00.601Z'), instant);
      assert.equal(parseTimestamp('2008-09-15 15:53:00.601+00:00'), instant);
      assert.equal(parseTimestamp('2008-09-15T17:53:00.601+02:00'), instant);
      assert.equal(parseTimestamp('2008-09-15T10:23:00.601-0530'), instant);
      assert.equal(parseTimestamp('20080915T155300.601Z'), instant);
      assert.equal(parseTimestamp('2008-09-15T15:53:00.60123456Z'), instant, 'precision beyond milliseconds is truncated, not rejected');
      assert.equal(parseTimestamp('0099-01-01T00:00:00Z'), Date.parse('0099-01-01T00:00:00Z'), 'years below 100 are not shifted to the 1900s');
    });

    const refused: [string, RegExp][] = [
      ['should fail', /ISO 8601/],
      ['01/011/2015', /ISO 8601/],
      ['2008-09-15T15:53:00.601-00', /-00:00/],
      ['2008-09-15T15:53:00.601-0000', /-00:00/],
      ['2008-09-15T15:53:00.601-00:00', /-00:00/],
      ['2008-09-15T15:53:00', /time zone/],
      ['2023-02-30T10:00:00Z', /real date/],
      ['2023-13-01T10:00:00Z', /real date/],
      ['2023-01-01T25:00:00Z', /real date/],
      ['2023-01-01T10:00:00+25:00', /real date/],
    ];
    for (const [value, reason] of refused) {
      it(`refuses "${value}" with a reason`, () => assert.match(timestampProblem(value) ?? '', reason));
    }
  });

  describe('multipart/mixed (RFC 2046)', () => {
    it('round-trips parts byte for byte, binary included', () => {
      const binary = Buffer.from([0, 13, 10, 45, 45, 255, 1]);
      const built = buildMultipart([
        { headers: { 'Content-Type': 'application/json' }, body: '{"a":1}' },
        { headers: { 'Content-Type': 'application/octet-stream', 'X-Experience-API-Hash': 'abc' }, body: binary },
      ]);
      assert.equal(boundaryOf(`multipart/mixed; boundary=${built.boundary}`), built.boundary);
      const parts = parseMultipart(built.body, built.boundary);
      assert.equal(parts.length, 2);
      assert.equal(parts[0]!.headers.get('content-type'), 'application/json');
      assert.equal(parts[0]!.body.toString(), '{"a":1}');
      assert.equal(parts[1]!.headers.get('x-experience-api-hash'), 'abc');
      assert.deepEqual(parts[1]!.body, binary);
    });

    it('reads quoted boundaries and ignores a preamble', () => {
      assert.equal(boundaryOf('multipart/mixed; boundary="a b"'), 'a b');
      assert.equal(boundaryOf('multipart/mixed;'), undefined);
      const body = Buffer.from('preamble text\r\n--xyz\r\nContent-Type: text/plain\r\n\r\nhello\r\n--xyz--\r\nepilogue');
      const parts = parseMultipart(body, 'xyz');
      assert.deepEqual(parts.map((part) => part.body.toString()), ['hello']);
    });

    it('refuses bodies without the boundary, without a closing boundary, or with broken headers', () => {
      assert.throws(() => parseMultipart(Buffer.from('no boundary here'), 'xyz'), MultipartError);
      assert.throws(() => parseMultipart(Buffer.from('--xyz\r\nContent-Type: text/plain\r\n\r\nhello'), 'xyz'), /closing/);
      assert.throws(() => parseMultipart(Buffer.from('--xyz\r\nnot a header\r\n\r\nhello\r\n--xyz--'), 'xyz'), /header line/);
    });
  });
});
