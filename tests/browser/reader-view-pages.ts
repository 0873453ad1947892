/**
 * Realistic news pages about the dispute that are not the source: an article with the facts
 * stated correctly, inside the chrome real news sites have (navigation, a sidebar of related
 * stories naming other eras, a footer), in English and in Spanish.
 */
import { page } from './fixtures';

const CHROME_EN = {
  nav: '<nav><a href="/">Home</a> · <a href="/world">World</a> · <a href="/americas">Americas</a> · <a href="/politics">US politics</a> · <a href="/mexico">Mexico</a></nav>',
  aside: `<aside><h2>Related</h2><ul>
    <li><a href="/a">Obama and Calderón meet on drug war cooperation (2010)</a></li>
    <li><a href="/b">Fast and Furious: what went wrong</a></li>
    <li><a href="/c">Mexico City weekend guide</a></li>
    <li><a href="/d">Obama signs trade bill</a></li></ul></aside>`,
  footer:
    '<footer><p>© 2025 The Daily Ledger. All rights reserved. <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p></footer>',
};

const ARTICLE_EN = `<article><h1>Sheinbaum says Mexico will cooperate with the US but rejects American troops</h1>
<p>MEXICO CITY — Mexican President Claudia Sheinbaum said on Saturday that she had turned down a proposal by President Donald Trump to send US troops into Mexico to fight drug cartels, while offering closer cooperation and more information sharing.</p>
<p>Speaking at a university campus in Texcoco, east of the capital, Sheinbaum said she had told Trump that Mexico would never accept the presence of the United States military on its territory. The remarks followed a report in The Wall Street Journal that Trump had pressed for a leading role for US forces against the cartels.</p>
<p>The White House has pushed Mexico to do more against fentanyl trafficking. In February, Washington announced 25% tariffs on Mexican and Canadian goods over drugs and migration before pausing them for 30 days after both countries pledged to reinforce their borders.</p>
<p>Mexico has long demanded that the United States curb the flow of weapons heading south. Its lawsuit against US gun manufacturers, filed in 2021 under President Andrés Manuel López Obrador, was dismissed by the US Supreme Court in June.</p>
<p>Mexico sent 10,000 National Guard members to its northern border in February, and it has since transferred dozens of prisoners linked to the cartels to the United States. Sheinbaum has described the relationship as one of coordination and collaboration, but not subordination.</p>
<p>On 20 February, the State Department designated eight criminal organizations, among them the Sinaloa Cartel and the Jalisco New Generation Cartel, as Foreign Terrorist Organizations. Officials in Washington said the designation gave US agencies new tools against the groups' finances.</p>
<p>Along the border itself, the US Army took control of a strip of federal land in New Mexico in April, creating what the Pentagon calls a National Defense Area. Migrants who cross into it can be detained by troops and handed over to the Border Patrol, and federal prosecutors have charged some of them with trespassing on a military installation.</p>
<p>Security analysts in both countries said the talks reflected a broader effort to keep cooperation going despite the public disagreement over sovereignty. "Both governments need each other," said a former Mexican diplomat, who asked not to be named because she was not authorized to speak publicly. "The question is how loudly they say it."</p></article>`;

const CHROME_ES = {
  nav: '<nav><a href="/">Portada</a> · <a href="/mundo">Mundo</a> · <a href="/mexico">México</a> · <a href="/eeuu">Estados Unidos</a></nav>',
  aside: `<aside><h2>Relacionadas</h2><ul>
    <li><a href="/a">Calderón y Obama, la cooperación en la guerra contra el narco (2010)</a></li>
    <li><a href="/b">Rápido y Furioso: lo que salió mal</a></li>
    <li><a href="/c">Guía de fin de semana en la Ciudad de México</a></li></ul></aside>`,
  footer:
    '<footer><p>© 2025 El Diario. Todos los derechos reservados. <a href="/aviso">Aviso de privacidad</a></p></footer>',
};

const ARTICLE_ES = `<article><h1>Sheinbaum ofrece cooperación a Estados Unidos, pero rechaza el envío de tropas</h1>
<p>CIUDAD DE MÉXICO.— La presidenta Claudia Sheinbaum afirmó el sábado que rechazó la propuesta del presidente Donald Trump de enviar tropas estadounidenses a México para combatir a los cárteles, y ofreció en cambio más cooperación e intercambio de información.</p>
<p>En un acto en Texcoco, la mandataria dijo que le había dicho a Trump que México nunca aceptaría la presencia del ejército de Estados Unidos en su territorio. Sus declaraciones llegaron después de que The Wall Street Journal informara que Trump había presionado para que fuerzas estadounidenses encabezaran la lucha contra los cárteles.</p>
<p>La Casa Blanca ha presionado a México para que haga más contra el tráfico de fentanilo. En febrero, Washington anunció aranceles del 25% a productos de México y Canadá por las drogas y la migración, y los pausó 30 días después de que ambos países se comprometieran a reforzar sus fronteras.</p>
<p>México lleva años exigiendo a Estados Unidos que frene el flujo de armas hacia el sur. Su demanda contra fabricantes de armas estadounidenses, presentada en 2021 durante el gobierno de Andrés Manuel López Obrador, fue desestimada por la Corte Suprema de Estados Unidos en junio.</p>
<p>En febrero, México envió 10 mil elementos de la Guardia Nacional a su frontera norte y, desde entonces, ha trasladado a Estados Unidos a decenas de presos vinculados con los cárteles. Sheinbaum ha descrito la relación como de coordinación y colaboración, pero sin subordinación.</p>
<p>El 20 de febrero, el Departamento de Estado designó a ocho organizaciones criminales, entre ellas el Cártel de Sinaloa y el Cártel Jalisco Nueva Generación, como organizaciones terroristas extranjeras. Funcionarios en Washington dijeron que la designación da a las agencias estadounidenses nuevas herramientas contra las finanzas de esos grupos.</p>
<p>En la frontera, el Ejército de Estados Unidos tomó en abril el control de una franja de terrenos federales en Nuevo México y creó lo que el Pentágono llama un Área de Defensa Nacional. Los migrantes que la cruzan pueden ser detenidos por militares y entregados a la Patrulla Fronteriza.</p>
<p>Analistas de seguridad de ambos países dijeron que las conversaciones reflejan un esfuerzo por mantener la cooperación pese al desacuerdo público sobre la soberanía. «Los dos gobiernos se necesitan», dijo una exdiplomática mexicana que pidió no ser identificada. «La pregunta es qué tan alto lo dicen».</p></article>`;

function layout(chrome: typeof CHROME_EN, article: string, lang: string): string {
  return page(`${chrome.nav}<main style="display:flex;gap:32px;max-width:1100px;margin:0 auto">
    <div style="flex:3">${article}</div><div style="flex:1">${chrome.aside}</div></main>${chrome.footer}`).replace(
    '<html lang="en">',
    `<html lang="${lang}">`,
  );
}

export const READER_VIEW_PAGES = {
  '/dispute-en.html': layout(CHROME_EN, ARTICLE_EN, 'en'),
  '/dispute-es.html': layout(CHROME_ES, ARTICLE_ES, 'es'),
};
