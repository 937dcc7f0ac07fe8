// Bytes of one seed file -> text the parser can trust. Pure: runs in Node, workers and browsers alike.
import type { LineWarning } from './parse-article.ts';

export interface DecodedText {
  /** Decoded text with LF line endings, or null when the file was skipped (see warnings). */
  text: string | null;
  warnings: LineWarning[];
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F. Undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to
// the C1 control of the same value, as the WHATWG Encoding Standard does; the control stripper removes them.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d,
  0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x9d, 0x017e, 0x0178,
];

/** Decodes Windows-1252 with our own table: TextDecoder's legacy encodings are not guaranteed everywhere. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const CHUNK = 8192;
  const parts: string[] = [];
  const codes = new Uint16Array(Math.min(CHUNK, bytes.length));
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      codes[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b;
    }
    parts.push(String.fromCharCode.apply(null, Array.from(codes.subarray(0, end - start))));
  }
  return parts.join('');
}

/** Offset of the first byte that breaks UTF-8 (overlongs, surrogates and > U+10FFFF included), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else return i;
    const c1 = bytes[i + 1];
    if (c1 === undefined || c1 < lo || c1 > hi) return i;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** 1-based line of a byte offset, counting LF, CRLF and lone CR as line ends (as the decoded text will). */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i];
    if (b === 0x0a) line++;
    else if (b === 0x0d && bytes[i + 1] !== 0x0a) line++;
  }
  return line;
}

function lineOfIndex(text: string, index: number): number {
  let line = 1;
  let at = text.indexOf('\n');
  while (at !== -1 && at < index) {
    line++;
    at = text.indexOf('\n', at + 1);
  }
  return line;
}

function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
  if (bytes.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[at + i] !== sig[i]) return false;
  return true;
}

const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));

// Files that are surely not text, whatever their name says.
const MAGIC: readonly { name: string; sig: number[]; at?: number }[] = [
  { name: 'PNG image', sig: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG image', sig: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', sig: ascii('GIF8') },
  { name: 'WebP image', sig: ascii('WEBP'), at: 8 },
  { name: 'PDF document', sig: ascii('%PDF') },
  { name: 'ZIP archive', sig: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip archive', sig: [0x1f, 0x8b] },
  { name: 'ELF executable', sig: [0x7f, 0x45, 0x4c, 0x46] },
];

/** True when the first KB looks like binary data: many NULs or other control bytes. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 1024);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    // Tab, LF, VT, FF, CR and ESC occur in text files; everything else below 0x20 does not.
    if (b < 0x20 && !(b >= 0x09 && b <= 0x0d) && b !== 0x1b) bad++;
  }
  return bad >= 8 ? bad / n > 0.05 : n > 0 && bad / n > 0.3;
}

// C0 controls except TAB and LF, DEL and C1 controls: invisible garbage in an article.
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex
const CONTROL_RE_G = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]+/g;
const NON_WHITESPACE_RE = /\S/;

let utf8Decoder: TextDecoder | null = null;

/**
 * Decodes one file: UTF-8 (BOM stripped) or, when the bytes are not valid UTF-8, Windows-1252 with a warning.
 * CRLF and CR become LF silently. Binary, empty and whitespace-only files give text null and a warning.
 * Never throws.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const warnings: LineWarning[] = [];
  if (bytes.length === 0) return { text: null, warnings: [{ line: 1, message: 'empty file, skipped' }] };

  for (const m of MAGIC) {
    if (startsWith(bytes, m.sig, m.at)) {
      return {
        text: null,
        warnings: [{ line: 1, message: `binary file, skipped (looks like a ${m.name})` }],
      };
    }
  }
  const utf16 = startsWith(bytes, [0xff, 0xfe])
    ? 'utf-16le'
    : startsWith(bytes, [0xfe, 0xff])
      ? 'utf-16be'
      : null;
  if (!utf16 && looksBinary(bytes)) {
    return {
      text: null,
      warnings: [{ line: 1, message: 'binary file, skipped (many NUL or control bytes in the first KB)' }],
    };
  }

  let text: string;
  if (utf16) {
    // A UTF-16 file with a byte-order mark is unambiguous; both encodings are required of every TextDecoder.
    text = new TextDecoder(utf16).decode(bytes);
  } else {
    // The native strict decoder is the fast path; our own scan only runs to locate the first bad byte.
    utf8Decoder ??= new TextDecoder('utf-8', { fatal: true });
    let decoded: string | null;
    try {
      decoded = utf8Decoder.decode(bytes);
    } catch {
      decoded = null;
    }
    if (decoded !== null) text = decoded;
    else {
      const bad = Math.max(0, firstInvalidUtf8(bytes));
      const hex = bytes[bad]!.toString(16).toUpperCase().padStart(2, '0');
      warnings.push({
        line: lineOfByte(bytes, bad),
        message: `not valid UTF-8 (first bad byte 0x${hex} at byte ${bad}); decoded as Windows-1252 — save the file as UTF-8 to silence this`,
      });
      text = decodeWindows1252(bytes);
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');

  const ctrl = text.search(CONTROL_RE);
  if (ctrl !== -1) {
    warnings.push({
      line: lineOfIndex(text, ctrl),
      message: 'NUL or other control characters removed (first on this line)',
    });
    text = text.replace(CONTROL_RE_G, '');
  }
  const fffd = text.indexOf('\uFFFD');
  if (fffd !== -1) {
    warnings.push({
      line: lineOfIndex(text, fffd),
      message: 'text contains U+FFFD replacement characters: it was damaged before it reached Readout',
    });
  }
  if (!NON_WHITESPACE_RE.test(text)) {
    warnings.push({ line: 1, message: 'file holds only whitespace, skipped' });
    return { text: null, warnings };
  }
  return { text, warnings };
}
