import { describe, expect, it } from 'vitest';
import { CompiledDetectorError } from '../detect/read';
import { loadStored } from './load-stored';

describe('loadStored', () => {
  const damaged = () => {
    throw new CompiledDetectorError('Invalid compiled detector: damaged');
  };

  it('loads what is stored, asking for nothing more', async () => {
    const asked: unknown[] = [];
    const read = async (options: { remake?: boolean }) => {
      asked.push(options);
      return 'good';
    };
    expect(await loadStored(read, (data) => data.toUpperCase())).toBe('GOOD');
    expect(asked).toEqual([{}]);
  });

  it('asks for it to be made again, once, when it is found damaged', async () => {
    const asked: unknown[] = [];
    const read = async (options: { remake?: boolean }) => {
      asked.push(options);
      return options.remake ? 'fresh' : 'broken';
    };
    const load = (data: string) => (data === 'broken' ? damaged() : data);
    expect(await loadStored(read, load)).toBe('fresh');
    expect(asked).toEqual([{}, { remake: true }]);
    // Damaged again after that: the error comes out.
    await expect(loadStored(async () => 'broken', load)).rejects.toThrow(CompiledDetectorError);
  });

  it('lets other errors through untouched', async () => {
    await expect(
      loadStored(
        async () => 'x',
        () => {
          throw new TypeError('no');
        },
      ),
    ).rejects.toThrow(TypeError);
  });
});
