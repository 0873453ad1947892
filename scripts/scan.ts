/**
 * Scans files, directories, URLs or stdin for the dispute with the default pack.
 * Run `npm run --silent scan -- --help` for usage.
 */
import { createDetector, type DetectResult, type Sensitivity } from '../src/detect';
import { type ClaimMatch, createClaimFinder } from '../src/detect/claims';
import { defaultPack } from '../src/pack/default';
import { type Input, readInputs } from './lib/inputs';

const USAGE = `Usage: npm run --silent scan -- [options] <file|dir|url|->...

Finds mentions of the 2025 US–Mexico security dispute, the source's quotes, and the
sentences that make one of the source's checked claims.

  <file>        an .html/.htm page (visible text only) or any text file
  <dir>         every .html, .htm and .txt file under it, recursively
  <url>         an http(s) page, fetched
  -             text or HTML on stdin

Options:
  --json                   one JSON object per input, one per line
  --sensitivity <level>    strict | normal | broad (default: normal)
  -h, --help               this help

An input that cannot be read is reported on stderr; the others are still scanned, and the
exit code is 1.`;

const SENSITIVITIES: readonly Sensitivity[] = ['strict', 'normal', 'broad'];

interface Options {
  json: boolean;
  sensitivity: Sensitivity;
  inputs: string[];
}

function parseArgs(argv: string[]): Options | string {
  const options: Options = { json: false, sensitivity: 'normal', inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') options.json = true;
    else if (arg === '-h' || arg === '--help') return USAGE;
    else if (arg === '--sensitivity' || arg.startsWith('--sensitivity=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!SENSITIVITIES.includes(value as Sensitivity))
        throw new Error(`--sensitivity must be one of ${SENSITIVITIES.join(', ')}`);
      options.sensitivity = value as Sensitivity;
    } else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else options.inputs.push(arg);
  }
  if (options.inputs.length === 0) throw new Error('nothing to scan (see --help)');
  return options;
}

const useColor = process.stdout.isTTY === true && !('NO_COLOR' in process.env);
const paint = (code: string) => (text: string) => (useColor ? `\x1b[${code}m${text}\x1b[0m` : text);
const bold = paint('1');
const dim = paint('2');
const green = paint('32');
const yellow = paint('33');
const red = paint('31');
const highlight = paint('1;36');

const names = new Map(defaultPack.people.map((p) => [p.id, p.name]));
const nameOf = (id: string) => names.get(id) ?? id;

function snippet(text: string, start: number, end: number, context = 40): string {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const before = flat(text.slice(Math.max(0, start - context), start));
  const after = flat(text.slice(end, end + context));
  return `${start > context ? '…' : ''}${before}${highlight(flat(text.slice(start, end)))}${after}${end + context < text.length ? '…' : ''}`;
}

function report(input: Input, result: DetectResult, claims: ClaimMatch[]): string {
  const lines = [bold(input.name)];
  const topics = Object.entries(result.topics)
    .map(([topic, count]) => `${topic} ${count}`)
    .join(', ');
  const verdict = result.about ? green('about the dispute') : dim('not about the dispute');
  lines.push(`  ${verdict} · score ${result.score}${topics ? ` · topics: ${topics}` : ''}`);
  if (result.mentions.length > 0) {
    lines.push(`  mentions (${result.mentions.length})`);
    for (const m of result.mentions)
      lines.push(`    ${dim(m.topic.padEnd(12))} ${snippet(input.text, m.start, m.end)}`);
  }
  if (result.quotes.length > 0) {
    lines.push(`  quotes (${result.quotes.length})`);
    for (const q of result.quotes) {
      const words = `“${q.text.replace(/\s+/g, ' ')}”`;
      if (q.misattributed) {
        lines.push(
          `    ${yellow('⚠')} ${q.quote.padEnd(4)} ${words} — ${yellow(`misattributed to ${nameOf(q.attributedTo!)}`)}; said by ${nameOf(q.saidBy)}`,
        );
      } else {
        const by = q.attributedTo ? `attributed to ${nameOf(q.attributedTo)}` : 'not attributed';
        lines.push(`    ${green('✔')} ${q.quote.padEnd(4)} ${words} — said by ${nameOf(q.saidBy)} (${by})`);
      }
    }
  }
  if (claims.length > 0) {
    lines.push(`  claims (${claims.length})`);
    for (const c of claims) {
      const mark = c.verdict === 'accurate' ? green('✔') : yellow('⚠');
      lines.push(`    ${mark} ${c.id.padEnd(4)} ${c.verdict} · ${c.how} · ${highlight(c.text.replace(/\s+/g, ' '))}`);
    }
  }
  return lines.join('\n');
}

function asJson(input: Input, result: DetectResult, claims: ClaimMatch[]): string {
  return JSON.stringify({
    input: input.name,
    about: result.about,
    score: result.score,
    topics: result.topics,
    mentions: result.mentions.map(({ topic, text, start, end }) => ({ topic, text, start, end })),
    quotes: result.quotes.map(({ quote, text, start, end, saidBy, attributedTo, misattributed }) => ({
      quote,
      text,
      start,
      end,
      saidBy,
      attributedTo,
      misattributed,
    })),
    claims: claims.map(({ id, verdict, severity, start, end, text, how }) => ({
      id,
      verdict,
      severity,
      start,
      end,
      text,
      how,
    })),
  });
}

async function main(): Promise<number> {
  let options: Options | string;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`scan: ${(error as Error).message}`);
    return 2;
  }
  if (typeof options === 'string') {
    console.log(options);
    return 0;
  }
  const detector = createDetector(defaultPack);
  const finder = createClaimFinder(defaultPack);
  let failed = false;
  let first = true;
  for (const arg of options.inputs) {
    let inputs: Input[];
    try {
      inputs = await readInputs(arg);
    } catch (error) {
      console.error(`${red('scan: cannot read')} ${arg}: ${(error as Error).message}`);
      failed = true;
      continue;
    }
    for (const input of inputs) {
      const result = detector.scan(input.text, { sensitivity: options.sensitivity });
      const claims = finder.find(input.text);
      if (options.json) console.log(asJson(input, result, claims));
      else {
        if (!first) console.log('');
        console.log(report(input, result, claims));
      }
      first = false;
    }
  }
  return failed ? 1 : 0;
}

main().then((code) => {
  process.exitCode = code;
});
