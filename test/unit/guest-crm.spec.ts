/**
 * The guest list's pure rules: tags staff may give, the opaque keyset cursor, what counts as a
 * late cancellation, and CSV cells that a spreadsheet shows as text instead of running.
 */
import { cleanTags, csvCell, csvRow, decodeGuestCursor, encodeGuestCursor } from '@tablekeeper/domain';

describe('cleanTags', () => {
  it('normalises, deduplicates and sorts; refuses what is not a tag', () => {
    expect(cleanTags(['VIP', ' wine lover ', 'vip', 'not/ok', '', 'x'.repeat(33)])).toEqual({
      tags: ['vip', 'wine-lover'],
      invalid: ['not/ok', '', 'x'.repeat(33)],
    });
  });
});

describe('guest cursor', () => {
  it('round-trips and refuses anything this API did not give out', () => {
    const cursor = { name: 'Ada, "the" first', id: '7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f' };
    expect(decodeGuestCursor(encodeGuestCursor(cursor))).toEqual(cursor);
    expect(decodeGuestCursor('nope')).toBeNull();
    expect(decodeGuestCursor(Buffer.from('["a","not-a-uuid"]').toString('base64url'))).toBeNull();
    expect(decodeGuestCursor(Buffer.from('{"a":1}').toString('base64url'))).toBeNull();
  });
});

describe('csv', () => {
  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=SUM(A1:A2)')).toBe("'=SUM(A1:A2)");
    expect(csvCell('+1 555')).toBe("'+1 555");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('=HYPERLINK("x","y")')).toBe(`"'=HYPERLINK(""x"",""y"")"`);
    expect(csvCell(null)).toBe('');
    expect(csvCell(3)).toBe('3');
    expect(csvRow(['a', null, 2])).toBe('a,,2\r\n');
  });
});
