// SPDX-License-Identifier: EUPL-1.2
/**
 * The PDF syntax the check (pdf.ts) needs: characters, names, and a parser of objects just deep
 * enough to read a stream's dictionary (ISO 32000-2 §7.2–7.3).
 */

const MAX_DEPTH = 64;
export const NAME = /\/([^\0\t\n\f\r ()<>[\]{}/%]*)/g;

/** PDF value as far as this check needs it: strings, keywords and references are all `other`. */
export type PdfValue =
  | { readonly kind: 'name'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'array'; readonly value: readonly PdfValue[] }
  | { readonly kind: 'dict'; readonly value: ReadonlyMap<string, PdfValue> }
  | { readonly kind: 'other' };

export class PdfSyntaxError extends Error {
  override name = 'PdfSyntaxError';
}

export function isSpace(c: number | undefined): boolean {
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

export function isRegular(c: number | undefined): c is number {
  return c !== undefined && !isSpace(c) && !isDelimiter(c);
}

export function decodeName(raw: string): string {
  return raw.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** A tokenizer and parser for PDF objects, just enough to read a stream's dictionary. */
export class Parser {
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

  /** Reads an indirect reference `12 0 R` here; its object number, or undefined (position kept). */
  reference(): number | undefined {
    const save = this.pos;
    const number = this.regular();
    this.skipSpace();
    const generation = this.regular();
    this.skipSpace();
    if (/^\d{1,10}$/.test(number) && /^\d{1,5}$/.test(generation) && this.regular() === 'R') return Number(number);
    this.pos = save;
    return undefined;
  }

  startsWith(text: string): boolean {
    return this.b.toString('latin1', this.pos, this.pos + text.length) === text;
  }

  regular(): string {
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
