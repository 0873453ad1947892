import { readFileSync } from 'node:fs';
import type { Lang, TopicId } from '../../src/pack/types';

/** One labelled excerpt of news text: a row of `excerpts.jsonl`. */
export interface Excerpt {
  id: string;
  lang: Lang;
  label: 'dispute' | 'not-dispute';
  topics: TopicId[];
  text: string;
  /** Where the text was found. */
  url: string;
}

/** Every row of an `excerpts.jsonl` file, one JSON object a line. */
export function readExcerpts(file: string): Excerpt[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Excerpt);
}
