import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, type ExtensionBrowser } from '../../scripts/lib/browser';
import { rangeCenter } from '../../scripts/lib/inspect';
import { secondPack } from '../../src/pack/__fixtures__/second-pack';
import { defaultPack } from '../../src/pack/default';
import { type ArticleSetup, openArticle, openOptions, openPopup } from './extension-ui';

/** The extension API as pages and the service worker see it. */
declare const chrome: { i18n: { getUILanguage: () => string; getMessage: (name: string) => string } };

let browser: ExtensionBrowser;
let article: Page;
let articleTab: number;

type Messages = Record<string, { message: string }>;
const messages = (lang: string): Messages =>
  JSON.parse(readFileSync(resolve(EXTENSION_DIR, `_locales/${lang}/messages.json`), 'utf8'));

/**
 * Pieces of English interface text (between placeholders, eight characters or more) that have a
 * different Spanish version: none may show on a Spanish page.
 */
function englishPieces(): string[] {
  const en = messages('en');
  const es = messages('es');
  return Object.entries(en)
    .filter(([name, { message }]) => es[name]?.message !== message)
    .flatMap(([, { message }]) => message.split(/\$\d|\s\|\s/))
    .map((piece) => piece.trim())
    .filter((piece) => piece.length >= 8);
}

function englishOn(text: string | null): string[] {
  return englishPieces().filter((piece) => text?.includes(piece));
}

let setup: ArticleSetup;

beforeAll(async () => {
  setup = await openArticle({ locale: 'es' });
  ({ browser, article, articleTab } = setup);
});

afterAll(() => setup?.close());

describe('under a Spanish browser', () => {
  it('the browser reports Spanish, and the extension’s messages are Spanish everywhere', async () => {
    const popup = await openPopup(browser, articleTab);
    expect(await popup.evaluate(() => chrome.i18n.getUILanguage())).toMatch(/^es/);
    expect(await article.evaluate(() => navigator.language)).toMatch(/^es/);
    // The context menu's title is the service worker's message.
    expect(await browser.worker.evaluate(() => chrome.i18n.getMessage('menu_checkQuote'))).toBe(
      'Comprobar esta cita con Borderline',
    );
    await popup.close();
  });

  it('shows the popup in Spanish, with the source’s Spanish texts', async () => {
    const popup = await openPopup(browser, articleTab);
    await popup.locator('.count').waitFor();
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await popup.locator('.count').textContent()).toMatch(/^\d+ menciones en esta página$/);
    expect(await popup.locator('.topic-name').allTextContents()).toContain('Tropas estadounidenses y soberanía');
    expect(await popup.getByRole('link', { name: 'Ajustes' }).count()).toBe(1);
    expect(await popup.locator('.severity-heading').first().textContent()).toBe('Alta');
    expect(englishOn(await popup.locator('body').textContent())).toEqual([]);
    await popup.close();
  });

  it('shows the options page in Spanish, pack errors included', async () => {
    const options = await openOptions(browser);
    expect(await options.locator('h1').textContent()).toBe('Ajustes de Borderline');
    await options.getByLabel('Añadir un sitio').fill('esto no');
    await options.getByLabel('Añadir un sitio').press('Enter');
    expect(await options.getByRole('alert').textContent()).toBe(
      '«esto no» no es el nombre de un sitio web, como example.com.',
    );
    const broken = { ...secondPack, caveats: [{ ...secondPack.caveats[0]!, references: ['R7'] }] };
    await options.getByLabel('Importar un paquete (archivo JSON)').setInputFiles({
      name: 'roto.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    await expect
      .poll(() => options.locator('.pack-outcome').textContent())
      .toBe('No se importó: caveats[0].references[0]: referencia desconocida “R7”');
    expect(englishOn(await options.locator('body').textContent())).toEqual([]);
    await options.close();
  });

  it('shows the card in Spanish', async () => {
    await article.bringToFront();
    const point = await rangeCenter(article, 'troops');
    await article.mouse.move(point!.x, point!.y);
    const card = article.locator('borderline-ui .card');
    await card.waitFor({ state: 'visible' });
    // The words with "troops" there make a checked claim: the card leads with its check.
    expect(await card.locator('.claim-lead .kind').textContent()).toBe(
      'Esta frase hace una afirmación que fue verificada',
    );
    // The words with "troops" are a checked sentence filed under its claim's topic, named in Spanish.
    const header = await card.locator('header .topic').textContent();
    expect(defaultPack.topics.map((topic) => topic.name.es)).toContain(header);
    expect(englishOn(await card.textContent())).toEqual([]);
  });
});
