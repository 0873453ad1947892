import { defaultPack } from '../../pack/default';

/** The labelled excerpts the tests read, kept in the repository (tests/fixtures). */
export { excerpt } from '../../../tests/fixtures';

/** The source article, as the default pack carries it. */
export function sourceArticle(): string {
  return defaultPack.source.text;
}
