// SPDX-License-Identifier: EUPL-1.2
/**
 * A scan for BSNs in clear (issue 14: "a scan of a full database dump, the data directory and the logs
 * finds no BSN in clear"): every BSN in the forms people type it (1234.56.789, 1234 56 789, 1234 56789,
 * 1234-56-789 and plain), looked for as bytes in every file under a folder (data files, WAL, server
 * log) and in texts (a dump, log lines, response bodies and headers, e-mails).
 */
import fs from 'node:fs';
import path from 'node:path';

/** A BSN written one way, with a name for the report (`BOY 1234.56.789`). */
export interface Needle {
  readonly label: string;
  readonly bytes: Buffer;
}

/** Where a needle was found. */
export interface Hit {
  readonly source: string;
  readonly label: string;
}

/**
 * The ways a BSN is written: plain, and with the separators the register form accepts (space, dot,
 * hyphen) in the usual groupings.
 * @param bsn nine digits
 */
export function bsnForms(bsn: string): Record<string, string> {
  const [a, b, c, d] = [bsn.slice(0, 4), bsn.slice(4, 6), bsn.slice(6), bsn.slice(4)];
  return {
    plain: bsn,
    dotted: `${a}.${b}.${c}`,
    spaced: `${a} ${b} ${c}`,
    'spaced 4+5': `${a} ${d}`,
    hyphenated: `${a}-${b}-${c}`,
  };
}

/** Every form of every named BSN, as needles labelled `<name> <form>`. */
export function needlesFor(named: Record<string, string>): Needle[] {
  return Object.entries(named).flatMap(([name, bsn]) =>
    Object.entries(bsnForms(bsn)).map(([form, text]) => ({ label: `${name} ${form}`, bytes: Buffer.from(text) })),
  );
}

/** The needles found in some bytes or text, each once, named after `source`. */
export function scan(source: string, content: Buffer | string, needles: readonly Needle[]): Hit[] {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  return needles.filter((n) => bytes.includes(n.bytes)).map((n) => ({ source, label: n.label }));
}

/** What a scan of a folder found, and how much it read (so an empty folder cannot pass unnoticed). */
export interface TreeScan {
  readonly hits: Hit[];
  readonly files: string[];
  readonly bytes: number;
}

/**
 * Reads every regular file under `dir` as raw bytes (sockets, symlinks and files that vanish while
 * the server runs are passed over) and looks for every needle. Hits are named by the path below `dir`.
 */
export function scanTree(dir: string, needles: readonly Needle[]): TreeScan {
  const hits: Hit[] = [];
  const files: string[] = [];
  let bytes = 0;
  const walk = (folder: string): void => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        let content: Buffer;
        try {
          content = fs.readFileSync(full);
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
          throw err;
        }
        const name = path.relative(dir, full);
        files.push(name);
        bytes += content.length;
        hits.push(...scan(name, content, needles));
      }
    }
  };
  walk(dir);
  return { hits, files, bytes };
}

/** The labels of some hits, sorted and each once. */
export function labels(hits: readonly Hit[]): string[] {
  return [...new Set(hits.map((h) => h.label))].sort();
}
