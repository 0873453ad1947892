/**
 * Reading V8 CPU profiles (from the CDP Profiler or from a trace): whose code each sample was in.
 * A frame without a script URL (a built-in, a DOM call) belongs to the nearest caller that has
 * one, so `nextNode()` called by the content script counts as the content script's time.
 */

export interface CallFrame {
  functionName: string;
  url?: string;
  lineNumber?: number;
  columnNumber?: number;
}

export interface CpuNode {
  id: number;
  callFrame: CallFrame;
  parent?: number;
  children?: number[];
}

export interface Sample {
  ts: number;
  node: number;
  /** Microseconds this sample stands for (the gap since the previous one). */
  weightUs: number;
  /** Where in the script the sample was taken (0-based), when the profiler says. */
  line?: number;
  column?: number;
}

export type Owner = 'extension' | 'page' | 'program' | 'gc' | 'idle';

/** Time spent in a function (by where it starts in the built file). */
export type Timed = { frame: CallFrame; ms: number };

const SPECIAL: Record<string, Owner> = {
  '(idle)': 'idle',
  '(program)': 'program',
  '(garbage collector)': 'gc',
  '(root)': 'program',
};

const frameKey = (frame: CallFrame) => `${frame.url}:${frame.lineNumber}:${frame.columnNumber}`;

/** Time summed by function, heaviest first. */
export function sumByFrame(items: Iterable<Timed>): Timed[] {
  const byKey = new Map<string, Timed>();
  for (const { frame, ms } of items) {
    const entry = byKey.get(frameKey(frame)) ?? { frame, ms: 0 };
    entry.ms += ms;
    byKey.set(frameKey(frame), entry);
  }
  return [...byKey.values()].sort((a, b) => b.ms - a.ms);
}

export class ProfileReader {
  private readonly nodes = new Map<number, CpuNode>();
  private readonly parents = new Map<number, number>();
  private readonly owners = new Map<number, Owner>();
  private readonly inPart = new Map<number, boolean>();

  /** `isPart`: the functions whose time, callees included, `partMs` counts (say, the claim finder's). */
  constructor(private readonly isPart: (frame: CallFrame) => boolean = () => false) {}

  add(nodes: Iterable<CpuNode>): void {
    for (const node of nodes) {
      this.nodes.set(node.id, node);
      if (node.parent !== undefined) this.parents.set(node.id, node.parent);
      for (const child of node.children ?? []) this.parents.set(child, node.id);
    }
  }

  node(id: number): CpuNode | undefined {
    return this.nodes.get(id);
  }

  ownerOf(id: number): Owner {
    const cached = this.owners.get(id);
    if (cached) return cached;
    const frame = this.nodes.get(id)?.callFrame;
    let owner: Owner;
    if (!frame) owner = 'program';
    // The measured browser has no other extension; the page tools load under a URL made up for
    // the session, so the scheme, not the extension's own origin, tells its code apart.
    else if (frame.url) owner = /^(chrome|moz)-extension:/.test(frame.url) ? 'extension' : 'page';
    else if (SPECIAL[frame.functionName]) owner = SPECIAL[frame.functionName]!;
    else {
      const parent = this.parents.get(id);
      owner = parent === undefined ? 'page' : this.ownerOf(parent);
      // A URL-less frame right under the root is native code run on its own: the page's.
      if (owner === 'program') owner = 'page';
    }
    this.owners.set(id, owner);
    return owner;
  }

  /** Whether a frame on the sample's stack is one `isPart` picks. */
  private partOf(id: number): boolean {
    const cached = this.inPart.get(id);
    if (cached !== undefined) return cached;
    const node = this.nodes.get(id);
    const parent = this.parents.get(id);
    const found =
      node !== undefined &&
      ((this.ownerOf(id) === 'extension' && node.callFrame.url !== undefined && this.isPart(node.callFrame)) ||
        (parent !== undefined && this.partOf(parent)));
    this.inPart.set(id, found);
    return found;
  }

  /** The nearest frame with a script URL: where a URL-less built-in was called from. */
  scriptFrameOf(id: number): CpuNode | undefined {
    for (let current: number | undefined = id; current !== undefined; current = this.parents.get(current)) {
      const node = this.nodes.get(current);
      if (node?.callFrame.url) return node;
    }
    return undefined;
  }

  /** Milliseconds per owner over the samples. */
  totals(samples: readonly Sample[]): Record<Owner, number> {
    const totals: Record<Owner, number> = { extension: 0, page: 0, program: 0, gc: 0, idle: 0 };
    for (const sample of samples) totals[this.ownerOf(sample.node)] += sample.weightUs / 1000;
    return totals;
  }

  /** Milliseconds of the samples taken inside the functions `isPart` picks. */
  partMs(samples: readonly Sample[]): number {
    return samples.reduce((total, sample) => total + (this.partOf(sample.node) ? sample.weightUs / 1000 : 0), 0);
  }

  /** The extension's functions by self time, heaviest first. */
  topExtensionFunctions(samples: readonly Sample[], limit = 12): Timed[] {
    const timed = samples.flatMap((sample) => {
      const frame = this.ownerOf(sample.node) === 'extension' && this.scriptFrameOf(sample.node)?.callFrame;
      return frame ? [{ frame, ms: sample.weightUs / 1000 }] : [];
    });
    return sumByFrame(timed).slice(0, limit);
  }
}

/** A place in one of the extension's built files ("content.js", "page-tools.js"), and time spent there. */
export interface Position {
  file: string;
  line: number;
  column: number;
  ms: number;
}

/** The built file a script URL names. */
export const fileOf = (url: string) => url.slice(url.lastIndexOf('/') + 1);

/**
 * The extension's time by the place each sample was taken, finer than by function: top-level
 * code of every bundled module runs inside one wrapper function, and only the sample's own
 * position tells the modules apart. Samples without a position count at their function's start.
 */
export function extensionPositions(reader: ProfileReader, samples: readonly Sample[]): Position[] {
  return samples.flatMap((sample) => {
    if (reader.ownerOf(sample.node) !== 'extension') return [];
    const own = reader.node(sample.node)?.callFrame;
    const frame = reader.scriptFrameOf(sample.node)?.callFrame;
    const exact = own?.url && sample.line !== undefined;
    const line = exact ? sample.line! : (frame?.lineNumber ?? 0);
    const column = exact ? (sample.column ?? 0) : (frame?.columnNumber ?? 0);
    return [{ file: fileOf(frame?.url ?? own?.url ?? ''), line, column, ms: sample.weightUs / 1000 }];
  });
}

/** Samples of a CDP `Profiler.stop` profile, with their times. */
export function samplesOfProfile(profile: { startTime: number; samples?: number[]; timeDeltas?: number[] }): Sample[] {
  const out: Sample[] = [];
  let ts = profile.startTime;
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((node, i) => {
    const weightUs = deltas[i] ?? 0;
    ts += weightUs;
    out.push({ ts, node, weightUs });
  });
  return out;
}
