import { i18n } from '#i18n';
import type { Lang, Pack } from '../../pack/types';
import type { PageMention } from '../../page/scan';
import { pick } from '../../ui/lang';
import { personById, topicById } from '../../ui/pack-view';

/**
 * A painted mention in words, for those who cannot see the highlight: what it is and the words
 * themselves ("Checked claim (Overstated): “…”", "Quote, Claudia Sheinbaum: “…”"). The notice
 * lists these; stepping announces them.
 */
export function mentionWords(pack: Pack, lang: Lang, mention: PageMention): string {
  const { claim, quote, text } = mention;
  const caveat = claim && pack.caveats.find((item) => item.id === claim.id);
  // The claim's own verdict, as the card words it.
  if (caveat) return i18n.t('reading.claim', [pick(caveat.verdictLabel, lang), text]);
  if (quote) {
    const speaker = personById(pack, quote.saidBy)?.name ?? quote.saidBy;
    return i18n.t(quote.misattributed ? 'reading.misattributed' : 'reading.quote', [speaker, text]);
  }
  const topic = topicById(pack, mention.topic);
  return i18n.t('reading.mention', [topic ? pick(topic.name, lang) : mention.topic, text]);
}

/** What is read out once on stepping to a mention: its words, then where it stands among them. */
export function announcement(words: string, position: number, total: number): string {
  return i18n.t('reading.position', [words, String(position), String(total)]);
}
