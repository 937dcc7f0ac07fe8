import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252, firstInvalidUtf8 } from './decode-text.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? Array.from(utf8(p)) : p)));

describe('decodeText', () => {
  it('decodes clean UTF-8 unchanged, with no warning', () => {
    const text = ' date 2024-10-22 Xi meets Kissinger, “old friend” — 【新华社】 München\n\nBody.';
    expect(decodeText(utf8(text))).toEqual({ text, warnings: [] });
  });

  it('strips a UTF-8 byte-order mark silently', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], ' date 2024-01-01 Title'))).toEqual({
      text: ' date 2024-01-01 Title',
      warnings: [],
    });
  });

  it('turns CRLF and lone CR line endings into LF silently', () => {
    expect(decodeText(utf8(' date 2024-01-01 T\r\n\r\nOne.\rTwo.\r\n'))).toEqual({
      text: ' date 2024-01-01 T\n\nOne.\nTwo.\n',
      warnings: [],
    });
  });

  it('decodes invalid UTF-8 as Windows-1252 and names the line of the first bad byte', () => {
    // "café" and curly quotes saved by a Windows editor: E9, 93, 94 are not UTF-8.
    const r = decodeText(
      bytes(' date 2024-01-01 T\n\nA ', [0x93], 'quoted', [0x94], ' caf', [0xe9], ' ', [0x80], ' 5'),
    );
    expect(r.text).toBe(' date 2024-01-01 T\n\nA “quoted” café € 5');
    expect(r.text).not.toContain('\uFFFD');
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]!.line).toBe(3);
    expect(r.warnings[0]!.message).toMatch(/not valid UTF-8.*0x93.*Windows-1252/);
  });

  it('counts CRLF lines when locating the first bad byte', () => {
    const r = decodeText(bytes('a\r\nb\r\nc\rd ', [0xe9]));
    expect(r.text).toBe('a\nb\nc\nd é');
    expect(r.warnings[0]!.line).toBe(4);
  });

  it('maps every Windows-1252 byte in 0x80-0x9F to its character', () => {
    const all = decodeWindows1252(Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i));
    expect(all).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ');
    expect(decodeWindows1252(Uint8Array.from([0x41, 0xa0, 0xff]))).toBe('A\u00a0ÿ');
  });

  it('finds the first invalid UTF-8 byte, including overlongs, surrogates and truncated sequences', () => {
    expect(firstInvalidUtf8(utf8('ok “fine” 😀'))).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xc0, 0x80]))).toBe(1); // overlong NUL
    expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0); // UTF-16 surrogate
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0x42, 0xe2, 0x80]))).toBe(2); // cut off
    expect(firstInvalidUtf8(Uint8Array.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // > U+10FFFF
  });

  it('skips empty and whitespace-only files with a warning', () => {
    expect(decodeText(new Uint8Array())).toEqual({
      text: null,
      warnings: [{ line: 1, message: 'empty file, skipped' }],
    });
    const ws = decodeText(utf8('  \n\t\r\n \n'));
    expect(ws.text).toBeNull();
    expect(ws.warnings).toEqual([{ line: 1, message: 'file holds only whitespace, skipped' }]);
  });

  it.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]],
    ['PDF', Array.from(utf8('%PDF-1.7\n%âãÏÓ\n'))],
    ['ZIP', [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]],
  ])('skips a %s file as binary', (_name, sig) => {
    const r = decodeText(Uint8Array.from(sig));
    expect(r.text).toBeNull();
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]!.message).toMatch(/^binary file, skipped/);
  });

  it('skips a file whose first KB is full of NUL and control bytes', () => {
    const blob = Uint8Array.from({ length: 2048 }, (_, i) => (i % 7 === 0 ? 0 : (i * 31) % 256));
    expect(decodeText(blob).text).toBeNull();
    expect(decodeText(blob).warnings[0]!.message).toMatch(/^binary file, skipped/);
  });

  it('strips a few NUL and control characters with one warning giving the first line', () => {
    const r = decodeText(utf8(' date 2024-01-01 Title\n\nOne\u0000 two.\nThree\u0007\u001b four.\u007f'));
    expect(r.text).toBe(' date 2024-01-01 Title\n\nOne two.\nThree four.');
    expect(r.warnings).toEqual([
      { line: 3, message: 'NUL or other control characters removed (first on this line)' },
    ]);
  });

  it('keeps tabs and decodes UTF-16 files that carry a byte-order mark', () => {
    expect(decodeText(utf8('a\tb')).text).toBe('a\tb');
    const le = Uint8Array.from([0xff, 0xfe, 0x41, 0, 0x0a, 0, 0xe9, 0]);
    expect(decodeText(le)).toEqual({ text: 'A\né', warnings: [] });
  });

  it('warns when the file itself already contains U+FFFD, rather than passing it on silently', () => {
    const r = decodeText(utf8('x\ny \uFFFD z'));
    expect(r.text).toBe('x\ny \uFFFD z');
    expect(r.warnings).toEqual([expect.objectContaining({ line: 2 })]);
  });

  it('decodes a 5 MB file', () => {
    const big = new Uint8Array(5_000_000).fill(0x61);
    big[4_000_000] = 0xe9;
    const r = decodeText(big);
    expect(r.text).toHaveLength(5_000_000);
    expect(r.text![4_000_000]).toBe('é');
  });

  it('never throws, never yields U+FFFD silently, and returns text or a warning for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (input) => {
        const r = decodeText(input);
        expect(r.text !== null || r.warnings.length > 0).toBe(true);
        if (r.text !== null && r.text.includes('\uFFFD')) {
          expect(r.warnings.some((w) => /U\+FFFD/.test(w.message))).toBe(true);
        }
        if (r.text !== null) expect(r.text).not.toMatch(/\r/);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips any Unicode text free of control characters, unchanged and without warnings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        // eslint-disable-next-line no-control-regex
        const clean = s.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\r\uFEFF\uFFFD]/g, '');
        fc.pre(/\S/.test(clean) && clean === s);
        expect(decodeText(utf8(s))).toEqual({ text: s, warnings: [] });
      }),
      { numRuns: 300 },
    );
  });
});
