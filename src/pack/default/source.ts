import type { Source } from '../types';

/** The article this pack reviews, word for word: its paragraphs, joined by line breaks. */
const paragraphs = [
  'Claudia Sheinbaum, Mexico’s first female president, is one of the protagonists who recently grabbed global headlines. On April 16, she had a catalytic phone call with former U.S. President Donald Trump. Throughout the call, Sheinbaum vehemently opposed Trump’s proposal to send U.S. troops into Mexico. She erased her previous departures from the orthodoxy by emphasizing her unyielding devotion to national sovereignty. This back-and-forth exchange underscores a problem that has continued to plague drug trafficking policy. For almost twenty years, both countries have been plagued by cross-border violence.',
  'In her conversation with Trump, Sheinbaum stated, “We will never accept the presence of the United States army in our territory.” Her comment illustrates her fiery commitment to defend Mexico’s sovereignty. She is unapologetic in the face of increasing U.S. pressure on drug-related violence and trafficking. Sheinbaum then pointed to a tragic milestone: over 450,000 Mexicans have been killed as a result of violence from drug cartels. Yet, for the last 20 years, this shocking trend has continued unabated.',
  'During his time as president, Trump’s administration has blamed both Mexico and Canada for the influx of illegal drugs — specifically fentanyl — into the United States. In response to the environmental accusations, Sheinbaum proposed that Mexico and the U.S. step up cooperation efforts. She reiterated the need for more information sharing to fight drug trafficking more efficiently.',
  'The lively discussion underscored the alarming problem of cross-border arms trafficking. This issue has led to both countries’ greatest level of contention. The former president has insisted on the need for measures to prevent weapons from entering Mexico from the U.S., stating, “to ensure that everything necessary is in place to prevent weapons from entering our country from the United States.”',
  'Since September, the U.S. Department of Homeland Security has established one such zone in New Mexico. Because under here, for the first time, military personnel are now allowed to take migrants in their custody that irregularly cross the border. Like that order – which Trump issued on a Friday, the day when many bad ideas go to die – such details are lacking.',
  'Sheinbaum’s administration has led the way on legal action against U.S. gun manufacturers. They’re going after these companies for contributing to sex trafficking and homicides in Mexico, which adds a twist to the security and cooperation conversation between the two countries.',
  'The U.S. National Security Council has echoed concerns about drug-related violence, declaring it “crystal clear that Mexico must do more to combat these gangs and cartels,” while reaffirming America’s readiness to assist in combating these issues together.',
];

export const source: Source = {
  // The article has no headline, byline or publisher on record: it is named by its opening words.
  title: {
    en: 'The article beginning “Claudia Sheinbaum, Mexico’s first female president…”',
    es: 'El artículo que comienza «Claudia Sheinbaum, Mexico’s first female president…»',
  },
  text: paragraphs.join('\n'),
  origin: 'Unsigned English-language article; publisher and date unknown',
  description: {
    en: 'An unsigned article in English; its publisher and date are unknown, and the latest events it reports are of 3 May 2025.',
    es: 'Un artículo sin firma, en inglés; no se conocen su editor ni su fecha, y los hechos más recientes que relata son del 3 de mayo de 2025.',
  },
  lang: 'en',
};
