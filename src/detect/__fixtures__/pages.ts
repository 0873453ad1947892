/** Saved real pages the tests read, kept in the repository (tests/fixtures/pages). */
export { pageText } from '../../../tests/fixtures';
