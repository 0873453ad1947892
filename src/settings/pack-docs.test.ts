import { readFileSync } from 'node:fs';
import type * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toClaimReviews } from '../pack/claimreview';
import { defaultPack } from '../pack/default';
import { PackSchema } from '../pack/schema';
import type { Pack } from '../pack/types';
import { importPackFile, packsItem } from './packs';

/** The pack format's documentation for people who write packs: docs/packs.md and its example. */

const docs = (file: string) => readFileSync(new URL(`../../docs/${file}`, import.meta.url), 'utf8');
const exampleFile = docs('examples/example-pack.json');

/** Every field name of a valibot schema, nested objects, lists and optional fields included. */
function fieldNames(schema: v.GenericSchema, names = new Set<string>()): Set<string> {
  const node = schema as {
    entries?: Record<string, v.GenericSchema>;
    item?: v.GenericSchema;
    wrapped?: v.GenericSchema;
  };
  for (const [name, inner] of Object.entries(node.entries ?? {})) {
    names.add(name);
    fieldNames(inner, names);
  }
  if (node.item) fieldNames(node.item, names);
  if (node.wrapped) fieldNames(node.wrapped, names);
  return names;
}

describe('docs/packs.md and its example', () => {
  beforeEach(() => fakeBrowser.reset());

  it('the example imports cleanly, as a pack of its own', async () => {
    const result = await importPackFile(exampleFile);
    expect(result.ok && result.pack.id).toBe('example-april-call');
    expect((await packsItem.getValue()).map((pack) => pack.id)).toEqual(['example-april-call']);
  });

  it("the example's quotes, caveats and references are the built-in pack's own, word for word", () => {
    const example = JSON.parse(exampleFile) as Pack;
    const builtIn = (items: readonly { id: string }[], id: string) => items.find((item) => item.id === id);
    for (const key of ['quotes', 'caveats', 'references'] as const) {
      expect(example[key].length, key).toBeGreaterThan(0);
      for (const item of example[key]) {
        expect(item, `${item.id}: the example copies the built-in pack's (src/pack/default)`).toEqual(
          builtIn(defaultPack[key], item.id),
        );
      }
    }
  });

  it("refuses the built-in pack's export, and takes it as a new pack once given a new id, as the doc says", async () => {
    const reviews = toClaimReviews(defaultPack);
    expect(await importPackFile(JSON.stringify(reviews))).toEqual({ ok: false, error: 'default-pack' });
    const record = reviews[0]!['borderline:pack']!;
    const renamed = [
      { ...reviews[0], 'borderline:pack': { ...record, id: 'my-pack', name: { en: 'My pack', es: 'Mi paquete' } } },
      ...reviews.slice(1),
    ];
    const result = await importPackFile(JSON.stringify(renamed));
    expect(result.ok && [result.pack.id, result.pack.caveats.length]).toEqual(['my-pack', defaultPack.caveats.length]);
  });

  it('names every field of the schema', () => {
    const doc = docs('packs.md');
    const undocumented = [...fieldNames(PackSchema)].filter((name) => !doc.includes(`\`${name}\``));
    expect(undocumented).toEqual([]);
  });
});
