// SPDX-License-Identifier: EUPL-1.2
/**
 * The display name of an upload (T15): path names, control and bidi characters, markup and hostile
 * lengths never reach it; the extension follows the contents.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { MINIMAL_PDF } from '#test/fixtures/files.ts';
import { accepted, jpegWithMetadata, reason } from '#test/fixtures/inspect-upload.ts';
import { safeDisplayName } from './file-name.ts';
import { inspectUpload } from './inspect.ts';

describe('display names', () => {
  // The PDF check's worker starts with the first PDF it is given. Started here, so the timed test below
  // measures the name alone (as it did when these tests ran after the PDF tests, in one file).
  beforeAll(async () => {
    await inspectUpload(MINIMAL_PDF, 'warm.pdf');
  });

  it('keeps a path name out of the display name', async () => {
    expect((await accepted(inspectUpload(jpegWithMetadata(), '../../etc/passwd.jpg'))).displayName).toBe('passwd.jpg');
  });

  it.each([
    ['../../etc/passwd.jpg', 'passwd.jpg', 'jpg'],
    ['..\\..\\Windows\\win.ini.jpg', 'win.ini.jpg', 'jpg'],
    ['C:\\Users\\sanne\\Foto kind.JPEG', 'Foto kind.jpg', 'jpg'],
    ['Zoë  en\tDaan (2).jpeg', 'Zoë en Daan (2).jpg', 'jpg'],
    ['Zoe\u0308.png', 'Zoë.png', 'png'],
    ['foto\u202egpj.exe.jpg', 'fotogpj.exe.jpg', 'jpg'],
    ['<script>alert(1)</script>.pdf', 'script.pdf', 'pdf'],
    ['<img src=x onerror=alert(1)>.pdf', 'img srcx onerroralert(1).pdf', 'pdf'],
    ['foto.jpg. . ', 'foto.jpg', 'jpg'],
    ['verslag "definitief"; rm -rf.pdf', 'verslag definitief rm -rf.pdf', 'pdf'],
    ['foto.jpg\r\nSet-Cookie: a=b.pdf', 'foto.jpg Set-Cookie ab.pdf', 'pdf'],
    ['rapport..v2...pdf', 'rapport.v2.pdf', 'pdf'],
    ['写真 2024.jpg', '写真 2024.jpg', 'jpg'],
    ['.jpg', 'bijlage.jpg', 'jpg'],
    ['..', 'bijlage.pdf', 'pdf'],
    ['   ', 'bijlage.pdf', 'pdf'],
    ['🙂🙂🙂.png', 'bijlage.png', 'png'],
    ['map/', 'bijlage.pdf', 'pdf'],
    ['scan', 'scan.pdf', 'pdf'],
  ])('%j → %j', async (name, expected, extension) => {
    expect(safeDisplayName(name, extension)).toBe(expected);
  });

  it('cuts a long name to 100 characters, extension included, without splitting a character', async () => {
    const long = safeDisplayName(`${'a'.repeat(300)}.jpeg`, 'jpg');
    expect(long).toBe(`${'a'.repeat(96)}.jpg`);
    // 𝐀 is one character but two UTF-16 code units: cutting by code units would leave half of it.
    expect(safeDisplayName(`${'д'.repeat(95)}𝐀𝐀.pdf`, 'pdf')).toBe(`${'д'.repeat(95)}𝐀.pdf`);
  });

  it('handles a hostile 100 000-character name in linear time', async () => {
    const started = performance.now();
    expect(safeDisplayName(`${'. '.repeat(50_000)}x.pdf`, 'pdf')).toBe('x.pdf');
    expect(safeDisplayName(`x${' .'.repeat(50_000)}`, 'pdf')).toBe('x.pdf');
    expect(await reason(MINIMAL_PDF, `${'. '.repeat(50_000)}x.pdf${' .'.repeat(50_000)}`)).toBe('ok');
    expect(performance.now() - started).toBeLessThan(500);
  });
});
