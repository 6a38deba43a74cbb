// SPDX-License-Identifier: EUPL-1.2
/**
 * PDF check. A PDF is stored byte for byte as it was uploaded (no rewriting: that needs a full PDF
 * writer), so its document information and XMP metadata stay in it; it is only checked, and refused
 * when it can do something by itself or cannot be checked (fail closed):
 * - header `%PDF-1.0` … `%PDF-1.7` or `%PDF-2.0` at byte 0, and `%%EOF` in the last 1024 bytes;
 * - no name that starts active content or carries files: {@link FORBIDDEN_PDF_NAMES}. Names are
 *   compared after decoding `#xx` escapes (`/Java#53cript` is `/JavaScript`), both in the file and
 *   inside compressed object streams (PDF 1.5+ hides most dictionaries there), which are inflated
 *   with a limit of {@link MAX_INFLATED_BYTES} in all (a zip bomb is refused as too large);
 * - no encryption (`/Encrypt`): encrypted object streams cannot be read, so they cannot be checked;
 * - an object stream with any filter but FlateDecode without predictor is refused as well.
 *
 * How: every `obj` keyword is taken for the start of an object (a reader finds objects by their
 * offset, and every object header `12 0 obj` ends with it). Its dictionary is parsed; if a `stream`
 * follows, the data of a filtered stream is left out of the plain name scan (binary data would give
 * false hits; object streams are scanned inflated) unless it holds an `obj` or `trailer` keyword,
 * since only then could a reader find an object inside it. The scan over the rest is a plain pattern
 * match, so a name inside a string or comment also counts: refusing a harmless file now and then is
 * the price of never letting a harmful one through.
 */
import { constants, inflateSync } from 'node:zlib';

/** How a PDF check ends: acceptable, or the reason to refuse it. */
export type PdfVerdict = 'ok' | 'malformed' | 'activeContent' | 'tooLarge';

/**
 * Names that make a PDF act by itself or carry other files: scripts, launching programs, actions
 * on opening, embedded files, Flash/3D rich media and XFA forms (which carry their own scripts).
 */
export const FORBIDDEN_PDF_NAMES: ReadonlySet<string> = new Set([
  'JavaScript',
  'JS',
  'Launch',
  'EmbeddedFile',
  'EmbeddedFiles',
  'OpenAction',
  'RichMedia',
  'XFA',
]);

/** The most bytes all object streams of one PDF may inflate to. */
export const MAX_INFLATED_BYTES = 64 * 1024 * 1024;

const HEADER = /^%PDF-(?:1\.[0-7]|2\.0)/;
const EOF_WINDOW = 1024;
const MAX_DEPTH = 64;
const NAME = /\/([^\0\t\n\f\r ()<>[\]{}/%]*)/g;

/** PDF value as far as this check needs it: strings, keywords and references are all `other`. */
type PdfValue =
  | { readonly kind: 'name'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'array'; readonly value: readonly PdfValue[] }
  | { readonly kind: 'dict'; readonly value: ReadonlyMap<string, PdfValue> }
  | { readonly kind: 'other' };

class PdfSyntaxError extends Error {
  override name = 'PdfSyntaxError';
}

function isSpace(c: number | undefined): boolean {
  return c === 0x00 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20;
}

function isDelimiter(c: number): boolean {
  // ( ) < > [ ] { } / %
  return (
    c === 0x28 ||
    c === 0x29 ||
    c === 0x3c ||
    c === 0x3e ||
    c === 0x5b ||
    c === 0x5d ||
    c === 0x7b ||
    c === 0x7d ||
    c === 0x2f ||
    c === 0x25
  );
}

function isRegular(c: number | undefined): c is number {
  return c !== undefined && !isSpace(c) && !isDelimiter(c);
}

function decodeName(raw: string): string {
  return raw.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** A tokenizer and parser for PDF objects, just enough to read a stream's dictionary. */
class Parser {
  constructor(
    private readonly b: Buffer,
    public pos: number,
  ) {}

  skipSpace(): void {
    for (;;) {
      const c = this.b[this.pos];
      if (isSpace(c)) this.pos++;
      else if (c === 0x25) {
        while (this.pos < this.b.length && this.b[this.pos] !== 0x0a && this.b[this.pos] !== 0x0d) this.pos++;
      } else return;
    }
  }

  startsWith(text: string): boolean {
    return this.b.toString('latin1', this.pos, this.pos + text.length) === text;
  }

  private regular(): string {
    const start = this.pos;
    while (isRegular(this.b[this.pos])) this.pos++;
    return this.b.toString('latin1', start, this.pos);
  }

  value(depth: number): PdfValue {
    if (depth > MAX_DEPTH) throw new PdfSyntaxError('nested too deep');
    this.skipSpace();
    const c = this.b[this.pos];
    if (c === undefined) throw new PdfSyntaxError('unexpected end');
    if (c === 0x3c && this.b[this.pos + 1] === 0x3c) return this.dict(depth);
    if (c === 0x3c) {
      const end = this.b.indexOf(0x3e, this.pos);
      if (end < 0) throw new PdfSyntaxError('unterminated hex string');
      this.pos = end + 1;
      return { kind: 'other' };
    }
    if (c === 0x28) return this.literalString();
    if (c === 0x5b) {
      this.pos++;
      const items: PdfValue[] = [];
      for (;;) {
        this.skipSpace();
        if (this.b[this.pos] === 0x5d) {
          this.pos++;
          return { kind: 'array', value: items };
        }
        items.push(this.value(depth + 1));
      }
    }
    if (c === 0x2f) {
      this.pos++;
      return { kind: 'name', value: decodeName(this.regular()) };
    }
    const token = this.regular();
    if (token === '') throw new PdfSyntaxError('unexpected delimiter');
    return token.length <= 32 && /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(token)
      ? { kind: 'number', value: Number(token) }
      : { kind: 'other' };
  }

  private literalString(): PdfValue {
    this.pos++;
    let depth = 1;
    while (depth > 0) {
      const c = this.b[this.pos++];
      if (c === undefined) throw new PdfSyntaxError('unterminated string');
      if (c === 0x5c) this.pos++;
      else if (c === 0x28) depth++;
      else if (c === 0x29) depth--;
    }
    return { kind: 'other' };
  }

  private dict(depth: number): PdfValue {
    this.pos += 2;
    const entries = new Map<string, PdfValue>();
    for (;;) {
      this.skipSpace();
      if (this.startsWith('>>')) {
        this.pos += 2;
        return { kind: 'dict', value: entries };
      }
      const key = this.value(depth + 1);
      if (key.kind !== 'name') throw new PdfSyntaxError('dictionary key is not a name');
      let value = this.value(depth + 1);
      if (value.kind === 'number') {
        // An indirect reference `12 0 R` is one value.
        const save = this.pos;
        this.skipSpace();
        const generation = this.regular();
        this.skipSpace();
        if (/^\d+$/.test(generation) && this.regular() === 'R') value = { kind: 'other' };
        else this.pos = save;
      }
      entries.set(key.value, value);
    }
  }
}

/** A stream found after a candidate object's dictionary. */
interface PdfStream {
  readonly dict: ReadonlyMap<string, PdfValue>;
  readonly dataStart: number;
}

/** The stream that starts at the `obj` keyword ending before `pos`, if the object is a stream. */
function streamAt(b: Buffer, pos: number): { stream: PdfStream | undefined; end: number } {
  const p = new Parser(b, pos);
  p.skipSpace();
  if (!p.startsWith('<<')) return { stream: undefined, end: p.pos };
  const dict = p.value(0);
  if (dict.kind !== 'dict') throw new PdfSyntaxError('not a dictionary');
  p.skipSpace();
  if (!p.startsWith('stream') || isRegular(b[p.pos + 6])) return { stream: undefined, end: p.pos };
  let dataStart = p.pos + 6;
  if (b[dataStart] === 0x0d && b[dataStart + 1] === 0x0a) dataStart += 2;
  else if (b[dataStart] === 0x0a || b[dataStart] === 0x0d) dataStart += 1;
  return { stream: { dict: dict.value, dataStart }, end: dataStart };
}

/** Where a stream's data ends: by a direct /Length followed by `endstream`, else the first `endstream`. */
function streamEnd(b: Buffer, s: PdfStream): number | undefined {
  const length = s.dict.get('Length');
  if (length?.kind === 'number' && Number.isInteger(length.value) && length.value >= 0) {
    const end = s.dataStart + length.value;
    let after = end;
    while (isSpace(b[after]) && after < end + 4) after++;
    if (b.toString('latin1', after, after + 9) === 'endstream') return end;
  }
  const end = b.indexOf('endstream', s.dataStart, 'latin1');
  return end < 0 ? undefined : end;
}

/** The filters of a stream as names; undefined when they are not given directly as names. */
function filterNames(dict: ReadonlyMap<string, PdfValue>): string[] | undefined {
  const filter = dict.get('Filter');
  if (filter === undefined) return [];
  if (filter.kind === 'name') return [filter.value];
  if (filter.kind === 'array' && filter.value.every((f) => f.kind === 'name')) {
    return filter.value.map((f) => (f as { value: string }).value);
  }
  return undefined;
}

/** Whether an object stream can be inflated and scanned: FlateDecode alone, no predictor. */
function checkableObjectStream(dict: ReadonlyMap<string, PdfValue>): boolean {
  const filters = filterNames(dict);
  if (filters === undefined || filters.length > 1) return false;
  if (filters.length === 1 && filters[0] !== 'FlateDecode' && filters[0] !== 'Fl') return false;
  let parms = dict.get('DecodeParms');
  if (parms?.kind === 'array' && parms.value.length === 1) parms = parms.value[0];
  if (parms === undefined) return true;
  if (parms.kind !== 'dict') return false;
  const predictor = parms.value.get('Predictor');
  return predictor === undefined || (predictor.kind === 'number' && predictor.value <= 1);
}

/** 'activeContent' if a forbidden name occurs in the text, 'encrypted' if /Encrypt does. */
function scanNames(text: string): 'activeContent' | 'encrypted' | undefined {
  let encrypted = false;
  for (const match of text.matchAll(NAME)) {
    const raw = match[1] ?? '';
    const name = raw.includes('#') ? decodeName(raw) : raw;
    if (FORBIDDEN_PDF_NAMES.has(name)) return 'activeContent';
    if (name === 'Encrypt') encrypted = true;
  }
  return encrypted ? 'encrypted' : undefined;
}

/**
 * Where the `obj` keyword (or `obj12`, as broken writers put it) that starts at `at` ends; undefined
 * when the bytes at `at` are part of another word (`endobj`, `object`).
 */
function objKeywordEnd(b: Buffer, at: number): number | undefined {
  if (isRegular(b[at - 1])) return undefined;
  let pos = at + 3;
  while (b[pos] !== undefined && b[pos]! >= 0x30 && b[pos]! <= 0x39) pos++;
  return isRegular(b[pos]) ? undefined : pos;
}

/** Whether data holds an `obj` or `trailer` keyword, where a reader could find an object or trailer. */
function holdsKeywords(data: Buffer): boolean {
  for (let at = data.indexOf('obj', 0, 'latin1'); at >= 0; at = data.indexOf('obj', at + 3, 'latin1')) {
    if (objKeywordEnd(data, at) !== undefined) return true;
  }
  for (let at = data.indexOf('trailer', 0, 'latin1'); at >= 0; at = data.indexOf('trailer', at + 7, 'latin1')) {
    if (!isRegular(data[at - 1]) && !isRegular(data[at + 7])) return true;
  }
  return false;
}

/** Whether the bytes start with a supported PDF header. */
export function hasPdfHeader(bytes: Buffer): boolean {
  return HEADER.test(bytes.toString('latin1', 0, 8));
}

/**
 * Checks a PDF (see the module comment). The bytes are not changed.
 * @param bytes the uploaded bytes
 * @returns 'ok', or why the file is refused
 */
export function checkPdf(bytes: Buffer): PdfVerdict {
  if (!hasPdfHeader(bytes)) return 'malformed';
  if (bytes.indexOf('%%EOF', Math.max(0, bytes.length - EOF_WINDOW), 'latin1') < 0) return 'malformed';

  const skipped: Array<readonly [number, number]> = [];
  const objectStreams: PdfStream[] = [];
  let budget = 2 * bytes.length + 1024 * 1024; // parser work, against files built to be slow
  try {
    for (let at = bytes.indexOf('obj', 0, 'latin1'); at >= 0; at = bytes.indexOf('obj', at + 3, 'latin1')) {
      const pos = objKeywordEnd(bytes, at);
      if (pos === undefined) continue;
      const { stream, end } = streamAt(bytes, pos);
      budget -= end - at;
      if (budget < 0) return 'malformed';
      if (!stream) continue;
      const type = stream.dict.get('Type');
      if (stream.dict.has('First') || (type?.kind === 'name' && type.value === 'ObjStm')) objectStreams.push(stream);
      const dataEnd = streamEnd(bytes, stream);
      if (dataEnd === undefined || !stream.dict.has('Filter')) continue;
      if (!holdsKeywords(bytes.subarray(stream.dataStart, dataEnd))) skipped.push([stream.dataStart, dataEnd]);
    }
  } catch (err) {
    if (err instanceof PdfSyntaxError) return 'malformed';
    throw err;
  }

  let encrypted = false;
  const scan = (text: string): boolean => {
    const found = scanNames(text);
    if (found === 'encrypted') encrypted = true;
    return found === 'activeContent';
  };

  skipped.sort((x, y) => x[0] - y[0]);
  let from = 0;
  for (const [start, end] of skipped) {
    if (start > from && scan(bytes.toString('latin1', from, start))) return 'activeContent';
    from = Math.max(from, end);
  }
  if (scan(bytes.toString('latin1', from))) return 'activeContent';

  let room = MAX_INFLATED_BYTES;
  for (const stream of objectStreams) {
    if (!checkableObjectStream(stream.dict)) return 'malformed';
    if (!stream.dict.has('Filter')) continue; // plain: already scanned with the rest of the file
    let inflated: Buffer;
    try {
      inflated = inflateSync(bytes.subarray(stream.dataStart), {
        maxOutputLength: Math.max(1, room),
        finishFlush: constants.Z_SYNC_FLUSH,
      });
    } catch (err) {
      return (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? 'tooLarge' : 'malformed';
    }
    room -= inflated.length;
    if (scan(inflated.toString('latin1'))) return 'activeContent';
  }
  return encrypted ? 'malformed' : 'ok';
}
