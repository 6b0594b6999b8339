/**
 * Writing an added article into the raw directory: its text, its page-metadata file and, when it has an
 * address, its SOURCES.tsv line. Only called once every check has passed. Each file is written whole to a
 * temporary name beside its target first; only when all are written are they renamed into place, so a
 * failure (a full disk, no permission) leaves the folder as it was.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RawWrite {
  /** File name inside the raw directory. */
  name: string;
  content: string;
}

export function writeRawFiles(dir: string, files: readonly RawWrite[]): void {
  const stamp = `.add-${process.pid}-${Date.now()}.tmp`;
  const temporary = files.map((f) => join(dir, `.${f.name}${stamp}`));
  try {
    files.forEach((f, i) => writeFileSync(temporary[i] as string, f.content, { flag: 'wx' }));
  } catch (e) {
    for (const t of temporary) rmSync(t, { force: true });
    throw e;
  }
  files.forEach((f, i) => renameSync(temporary[i] as string, join(dir, f.name)));
}

/** SOURCES.tsv with a line for `file` appended (the header first when there was no file). */
export function withSourcesLine(existing: string | null, file: string, address: string): string {
  const before = existing ?? 'file\taddress\n';
  return `${before}${before && !before.endsWith('\n') ? '\n' : ''}${file}\t${address}\n`;
}

/** The raw text of an added article: its title on the first line, then one paragraph per block. */
export function articleText(title: string | null, paragraphs: readonly string[]): string {
  return `${[...(title ? [title] : []), ...paragraphs].join('\n\n')}\n`;
}
