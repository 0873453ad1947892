import { describe, expect, it } from 'vitest';
import { type CallFrame, type CpuNode, ProfileReader } from './profile';

const EXT = 'chrome-extension://abc/page-tools.js';
const frame = (functionName: string, url?: string, columnNumber = 0): CallFrame => ({
  functionName,
  url,
  lineNumber: 0,
  columnNumber,
});

// (root) → scan (ours) → nextNode (native) ; scan → find (ours, the part) → segment (native);
// (root) → onload (the page's, at the same column as `find`); (program); (garbage collector).
const NODES: CpuNode[] = [
  { id: 1, callFrame: frame('(root)'), children: [2, 6, 7, 8] },
  { id: 2, callFrame: frame('scan', EXT, 10), children: [3, 4] },
  { id: 3, callFrame: frame('nextNode') },
  { id: 4, callFrame: frame('find', EXT, 50), children: [5] },
  { id: 5, callFrame: frame('segment') },
  { id: 6, callFrame: frame('onload', 'http://127.0.0.1/page.js', 50) },
  { id: 7, callFrame: frame('(program)') },
  { id: 8, callFrame: frame('(garbage collector)') },
];
const samples = [3, 5, 5, 6, 7, 8, 2].map((node, i) => ({ ts: i * 1000, node, weightUs: 1000 }));

function reader(isPart?: (frame: CallFrame) => boolean): ProfileReader {
  const profile = new ProfileReader(isPart);
  profile.add(NODES);
  return profile;
}

describe('CPU profile attribution', () => {
  it('gives native frames to the script that called them', () => {
    expect(reader().totals(samples)).toEqual({ extension: 4, page: 1, program: 1, gc: 1, idle: 0 });
  });

  it('counts a part with its callees, and only in the extension', () => {
    const inFind = (f: CallFrame) => f.columnNumber === 50;
    expect(reader(inFind).partMs(samples)).toBe(2);
    expect(reader().partMs(samples)).toBe(0);
  });

  it('ranks the extension’s functions by self time, natives included', () => {
    const top = reader().topExtensionFunctions(samples);
    expect(top.map(({ frame, ms }) => [frame.functionName, ms])).toEqual([
      ['scan', 2],
      ['find', 2],
    ]);
  });
});
