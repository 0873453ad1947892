import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { secondPack } from '../pack/__fixtures__/second-pack';
import { defaultPack } from '../pack/default';
import { importPackFile, loadActivePack, packsItem, removePack } from './packs';

describe('imported packs', () => {
  beforeEach(() => fakeBrowser.reset());

  it('uses the default pack alone until a pack is imported', async () => {
    expect(await loadActivePack()).toBe(defaultPack);
  });

  it('stores a valid pack and combines it with the default pack', async () => {
    const result = await importPackFile(JSON.stringify(secondPack));
    expect(result).toMatchObject({ ok: true, replaced: false });
    expect(await packsItem.getValue()).toEqual([secondPack]);
    const active = await loadActivePack();
    expect(active.quotes.map((q) => q.id)).toContain('harbor-column:Q1');
  });

  it('stores nothing when the file is refused, and says where the problem is', async () => {
    const broken = { ...secondPack, quotes: [{ ...secondPack.quotes[0], references: ['R9'] }] };
    const result = await importPackFile(JSON.stringify(broken));
    expect(result.ok).toBe(false);
    if (result.ok || result.error === 'default-pack') throw new Error('expected a pack error');
    expect(result.error.path).toBe('quotes[0].references[0]');
    expect(result.error.code).toBe('unknown-reference');
    expect(await importPackFile('not json')).toMatchObject({ ok: false });
    expect(await packsItem.getValue()).toEqual([]);
  });

  it('refuses the default pack and replaces a pack imported again', async () => {
    expect(await importPackFile(JSON.stringify(defaultPack))).toEqual({ ok: false, error: 'default-pack' });
    await importPackFile(JSON.stringify(secondPack));
    const newer = { ...secondPack, version: 2 };
    expect(await importPackFile(JSON.stringify(newer))).toMatchObject({ ok: true, replaced: true });
    expect(await packsItem.getValue()).toEqual([newer]);
  });

  it('removes a pack', async () => {
    await importPackFile(JSON.stringify(secondPack));
    await removePack(secondPack.id);
    expect(await packsItem.getValue()).toEqual([]);
    expect(await loadActivePack()).toBe(defaultPack);
  });

  it('leaves out a stored pack that no longer validates', async () => {
    await packsItem.setValue([{ ...secondPack, references: [] }]);
    expect(await loadActivePack()).toEqual(defaultPack);
  });
});
