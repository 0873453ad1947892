import { describe, expect, it } from 'vitest';
import { overlayView, paintedCount, playwrightPageOf, readUntil } from '../../scripts/lib/reader';
import { describeReaderFlows } from './reader-flows';

interface AXNode {
  nodeId: string;
  role?: { value: string };
  name?: { value: string };
  properties?: { name: string; value: { value: unknown } }[];
  childIds?: string[];
}

describeReaderFlows('Chromium', ({ reader, origin }) => {
  describe('Chromium: what a screen reader is given', () => {
    it('the accessibility tree holds the dialog, focused and named after the mention, and the live announcement', async () => {
      const tab = await reader().newTab(`${origin()}/linked.html`);
      await tab.waitUntil(paintedCount, 1);
      await readUntil(tab, overlayView, (v) => v.notice !== null);
      await tab.press('Tab');
      await tab.press('Tab');
      await tab.press('Tab');
      await tab.press('Enter');
      const { announcement, card } = await readUntil(tab, overlayView, (v) => v.announcement !== '');

      const page = playwrightPageOf(tab);
      const cdp = await page.context().newCDPSession(page);
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
      await cdp.detach();
      const byId = new Map(nodes.map((node) => [node.nodeId, node]));
      const property = (node: AXNode, name: string) => node.properties?.find((p) => p.name === name)?.value.value;
      const textOf = (node: AXNode): string =>
        node.role?.value === 'StaticText'
          ? (node.name?.value ?? '')
          : (node.childIds ?? []).map((id) => textOf(byId.get(id)!)).join('');

      const dialog = nodes.find((node) => node.role?.value === 'dialog');
      expect(dialog?.name?.value).toBe(card?.label);
      expect(property(dialog!, 'focused')).toBe(true);
      const live = nodes.filter((node) => property(node, 'live') === 'polite' && node.role?.value === 'status');
      expect(live.map(textOf)).toEqual([announcement]);
      await tab.close();
    });
  });
});
