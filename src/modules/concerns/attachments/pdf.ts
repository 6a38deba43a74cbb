// SPDX-License-Identifier: EUPL-1.2
/**
 * PDF check. A PDF is stored byte for byte as it was uploaded (no rewriting: that needs a full PDF
 * writer), so its document information and XMP metadata stay in it; it is only checked, and refused
 * when it can do something by itself or cannot be checked (fail closed):
 * - header `%PDF-1.0` … `%PDF-1.7` or `%PDF-2.0` at byte 0, and `%%EOF` in the last 1024 bytes;
 * - no name that starts an action, a script or a link out, or carries files:
 *   {@link FORBIDDEN_PDF_NAMES}. Names are compared after decoding `#xx` escapes (`/Java#53cript`
 *   is `/JavaScript`), both in the file and inside compressed object streams (PDF 1.5+ hides most
 *   dictionaries there), which are inflated with a limit of {@link MAX_INFLATED_BYTES} in all (a zip
 *   bomb is refused as too large);
 * - `/OpenAction` only as a destination (`[3 0 R /Fit]`, a named destination), directly or through
 *   a reference to such an object; an action dictionary (`<< /S … >>`), a reference that cannot be
 *   followed, or anything else is refused;
 * - no encryption (`/Encrypt`): encrypted object streams cannot be read, so they cannot be checked;
 * - an object stream with any filter but FlateDecode without predictor is refused as well;
 * - at most {@link MAX_PDF_OBJECTS} objects, and a bounded amount of parsing work.
 *
 * How: every `obj` keyword is taken for the start of an object (a reader finds objects by their
 * offset, and every object header `12 0 obj` ends with it). Its dictionary is parsed; if a `stream`
 * follows, the data of a filtered stream is left out of the plain name scan (binary data would give
 * false hits; object streams are scanned inflated) unless it holds an `obj` or `trailer` keyword,
 * since only then could a reader find an object inside it. The scan over the rest is a plain pattern
 * match, so a name inside a string or comment also counts: refusing a harmless file now and then is
 * the price of never letting a harmful one through.
 *
 * This runs in a worker thread (pdf-check.ts), with a time limit; the embedded database shares the
 * main thread, so a slow file must not hold it up.
 */
import { constants, inflateSync } from 'node:zlib';
import { decodeName, isRegular, isSpace, NAME, Parser, PdfSyntaxError, type PdfValue } from './pdf-syntax.ts';

/** How a PDF check ends: acceptable, or the reason to refuse it. */
export type PdfVerdict = 'ok' | 'malformed' | 'activeContent' | 'tooLarge';

/**
 * Names that make a PDF act by itself, reach out or carry other files: scripts, additional actions
 * (`/AA`: on opening a page, on focus, on closing…), launching programs, links to the web (`/URI`)
 * or to other files (`/GoToR`, `/GoToE`), sending or importing form data, embedded files, Flash/3D
 * rich media and XFA forms (which carry their own scripts). `/OpenAction` is checked on its own: a
 * destination there is harmless.
 */
export const FORBIDDEN_PDF_NAMES: ReadonlySet<string> = new Set([
  'JavaScript',
  'JS',
  'AA',
  'Launch',
  'URI',
  'SubmitForm',
  'GoToR',
  'GoToE',
  'ImportData',
  'EmbeddedFile',
  'EmbeddedFiles',
  'RichMedia',
  'XFA',
]);

/** The most objects one PDF may have, in the file and in its object streams together. */
export const MAX_PDF_OBJECTS = 200_000;

/** The most bytes all object streams of one PDF may inflate to. */
export const MAX_INFLATED_BYTES = 64 * 1024 * 1024;

const HEADER = /^%PDF-(?:1\.[0-7]|2\.0)/;
const EOF_WINDOW = 1024;
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

/** Where a name `/OpenAction` was seen: the value follows at `pos` in `data`. */
interface OpenActionAt {
  readonly data: Buffer;
  readonly pos: number;
}

/** What the name scan found besides forbidden names. */
interface ScanState {
  encrypted: boolean;
  readonly openActions: OpenActionAt[];
}

/**
 * Scans `data[start, end)` for names: true if a forbidden one occurs; notes /Encrypt and where each
 * /OpenAction's value starts.
 */
function scanNames(data: Buffer, start: number, end: number, state: ScanState): boolean {
  const text = data.toString('latin1', start, end);
  for (const match of text.matchAll(NAME)) {
    const raw = match[1] ?? '';
    const name = raw.includes('#') ? decodeName(raw) : raw;
    if (FORBIDDEN_PDF_NAMES.has(name)) return true;
    if (name === 'Encrypt') state.encrypted = true;
    else if (name === 'OpenAction') state.openActions.push({ data, pos: start + match.index + match[0].length });
  }
  return false;
}

/**
 * What the value at `pos` is, for /OpenAction: a destination (an array, a name or a string: named
 * destinations), a reference to another object (its number), or anything else (an action
 * dictionary, a keyword, garbage), which is refused.
 */
function destinationOrReference(data: Buffer, pos: number): 'destination' | 'other' | number {
  const p = new Parser(data, pos);
  p.skipSpace();
  const c = data[p.pos];
  if (c === 0x5b || c === 0x28 || c === 0x2f || (c === 0x3c && data[p.pos + 1] !== 0x3c)) {
    try {
      p.value(0);
      return 'destination';
    } catch {
      return 'other';
    }
  }
  return p.reference() ?? 'other';
}

/** Whether every /OpenAction is a destination, directly or through one reference. */
function openActionsAreDestinations(
  openActions: readonly OpenActionAt[],
  objects: ReadonlyMap<number, readonly OpenActionAt[]>,
): boolean {
  for (const { data, pos } of openActions) {
    const value = destinationOrReference(data, pos);
    if (value === 'destination') continue;
    if (value === 'other') return false;
    // Every definition of the object counts (an incremental update may define it again).
    const definitions = objects.get(value) ?? [];
    if (definitions.length === 0) return false;
    if (definitions.some((d) => destinationOrReference(d.data, d.pos) !== 'destination')) return false;
  }
  return true;
}

/** The object number of the header `12 0 obj` whose `obj` keyword starts at `at`, if there is one. */
function objectNumberBefore(b: Buffer, at: number): number | undefined {
  const head = b.toString('latin1', Math.max(0, at - 32), at);
  const match = /(?:^|[^0-9])(\d{1,10})[\0\t\n\f\r ]+\d{1,5}[\0\t\n\f\r ]*$/.exec(head);
  return match ? Number(match[1]) : undefined;
}

/**
 * The objects of an inflated object stream: the header's pairs "number offset", offsets counted
 * from /First. Undefined when the header cannot be read.
 */
function objectStreamEntries(
  dict: ReadonlyMap<string, PdfValue>,
  data: Buffer,
  room: number,
): Array<readonly [number, number]> | undefined | 'tooMany' {
  const count = dict.get('N');
  const first = dict.get('First');
  if (count?.kind !== 'number' || first?.kind !== 'number') return undefined;
  if (!Number.isInteger(count.value) || count.value < 0 || !Number.isInteger(first.value)) return undefined;
  if (count.value > room) return 'tooMany';
  const p = new Parser(data, 0);
  const entries: Array<readonly [number, number]> = [];
  try {
    for (let i = 0; i < count.value; i++) {
      const number = p.value(0);
      const offset = p.value(0);
      if (number.kind !== 'number' || offset.kind !== 'number') return undefined;
      entries.push([number.value, first.value + offset.value]);
    }
  } catch {
    return undefined;
  }
  return entries;
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
 * Checks a PDF (see the module comment). The bytes are not changed. Synchronous and CPU-bound:
 * call it through pdf-check.ts, which runs it in a worker thread with a time limit.
 * @param bytes the uploaded bytes
 * @returns 'ok', or why the file is refused
 */
export function checkPdf(bytes: Buffer): PdfVerdict {
  if (!hasPdfHeader(bytes)) return 'malformed';
  if (bytes.indexOf('%%EOF', Math.max(0, bytes.length - EOF_WINDOW), 'latin1') < 0) return 'malformed';

  const skipped: Array<readonly [number, number]> = [];
  const objectStreams: PdfStream[] = [];
  /** Where each object's value starts, by object number (for following /OpenAction references). */
  const objects = new Map<number, OpenActionAt[]>();
  const define = (number: number, at: OpenActionAt) => {
    const list = objects.get(number);
    if (list) list.push(at);
    else objects.set(number, [at]);
  };
  let objectCount = 0;
  let budget = 2 * bytes.length + 1024 * 1024; // parser work, against files built to be slow
  try {
    for (let at = bytes.indexOf('obj', 0, 'latin1'); at >= 0; at = bytes.indexOf('obj', at + 3, 'latin1')) {
      const pos = objKeywordEnd(bytes, at);
      if (pos === undefined) continue;
      if (++objectCount > MAX_PDF_OBJECTS) return 'malformed';
      const number = objectNumberBefore(bytes, at);
      if (number !== undefined) define(number, { data: bytes, pos });
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

  const state: ScanState = { encrypted: false, openActions: [] };
  skipped.sort((x, y) => x[0] - y[0]);
  let from = 0;
  for (const [start, end] of skipped) {
    if (start > from && scanNames(bytes, from, start, state)) return 'activeContent';
    from = Math.max(from, end);
  }
  if (scanNames(bytes, from, bytes.length, state)) return 'activeContent';

  let room = MAX_INFLATED_BYTES;
  for (const stream of objectStreams) {
    if (!checkableObjectStream(stream.dict)) return 'malformed';
    let data: Buffer;
    if (stream.dict.has('Filter')) {
      try {
        data = inflateSync(bytes.subarray(stream.dataStart), {
          maxOutputLength: Math.max(1, room),
          finishFlush: constants.Z_SYNC_FLUSH,
        });
      } catch (err) {
        return (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? 'tooLarge' : 'malformed';
      }
      room -= data.length;
      if (scanNames(data, 0, data.length, state)) return 'activeContent';
    } else {
      data = bytes.subarray(stream.dataStart); // plain: already scanned with the rest of the file
    }
    const entries = objectStreamEntries(stream.dict, data, MAX_PDF_OBJECTS - objectCount);
    if (entries === 'tooMany') return 'malformed';
    for (const [number, pos] of entries ?? []) define(number, { data, pos });
    objectCount += entries?.length ?? 0;
  }

  if (!openActionsAreDestinations(state.openActions, objects)) return 'activeContent';
  return state.encrypted ? 'malformed' : 'ok';
}
