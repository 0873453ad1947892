/**
 * For the pack's tests: the article, the fact sheet (kept in the repository, in tests/fixtures)
 * and the fact sheet's tables.
 */
import { fileURLToPath } from 'node:url';
import { factSheet as readFactSheet } from '../../tests/fixtures';
import { defaultPack } from './default';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The source article as the pack carries it (`npm run check:corpus` holds it to the original, byte for byte). */
export const article = defaultPack.source.text;
export const factSheet = readFactSheet();

/** Written independently of the pack's own `normalizeWhitespace`, so the tests check it too. */
export function collapseWhitespace(text: string): string {
  return text.split(/\s+/).filter(Boolean).join(' ');
}

/** The cells of the fact sheet's table rows whose first cell matches `firstCell`, in order. */
export function tableRows(section: string, firstCell: RegExp): string[][] {
  const start = factSheet.indexOf(`## ${section}`);
  const end = factSheet.indexOf('\n## ', start + 1);
  return factSheet
    .slice(start, end === -1 ? undefined : end)
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    )
    .filter((cells) => firstCell.test(cells[0] ?? ''));
}

/** The words between straight double quotes in a cell of the fact sheet. */
export function quotedWords(cell: string): string[] {
  return [...cell.matchAll(/"([^"]+)"/g)].map((match) => match[1] as string);
}

/** Reference ids ("R5") named in a cell. */
export function referenceIds(cell: string): string[] {
  return cell.match(/R\d+/g) ?? [];
}
