import fs from 'node:fs';
import path from 'node:path';
import { htmlToText } from '../../tests/fixtures/html-text';

/** What the scan CLI reads: files, directories, URLs and stdin, as plain text. */

export interface Input {
  /** As named on the command line, or the file found inside a named directory. */
  name: string;
  text: string;
}

const READABLE = /\.(?:html?|txt)$/i;
const HTML_FILE = /\.html?$/i;
/** Markup on stdin or behind a URL: a tag near the start. */
const LOOKS_LIKE_HTML = /^\s*(?:<!doctype html|<html|<head|<body|<!--|<meta|<div|<p[\s>])/i;

function toText(raw: string, html: boolean): string {
  return html ? htmlToText(raw) : raw;
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full));
    else if (READABLE.test(entry.name)) out.push(full);
  }
  return out;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Reads one command-line argument: `-` (stdin), an http(s) URL, a directory (its .html, .htm and
 * .txt files, recursively) or a file. Throws with a readable message when it cannot.
 */
export async function readInputs(arg: string): Promise<Input[]> {
  if (arg === '-') {
    const raw = await readStdin();
    return [{ name: '-', text: toText(raw, LOOKS_LIKE_HTML.test(raw)) }];
  }
  if (/^https?:\/\//i.test(arg)) {
    let response: Response;
    try {
      response = await fetch(arg, { redirect: 'follow' });
    } catch (error) {
      // fetch() reports the network failure itself (refused, DNS, TLS) as the cause.
      const cause = (error as Error).cause;
      throw new Error(`cannot fetch: ${cause instanceof Error ? cause.message : (error as Error).message}`);
    }
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
    const raw = await response.text();
    const type = response.headers.get('content-type') ?? '';
    return [{ name: arg, text: toText(raw, type.includes('html') || LOOKS_LIKE_HTML.test(raw)) }];
  }
  let stat: fs.Stats;
  try {
    stat = fs.statSync(arg);
  } catch {
    throw new Error('no such file or directory');
  }
  if (stat.isDirectory()) {
    return filesUnder(arg).map((file) => ({
      name: file,
      text: toText(fs.readFileSync(file, 'utf8'), HTML_FILE.test(file)),
    }));
  }
  return [{ name: arg, text: toText(fs.readFileSync(arg, 'utf8'), HTML_FILE.test(arg)) }];
}
