// Deterministic filler text that looks like news prose in each language: real words, sentence
// lengths and paragraph lengths like the real article's, so layout, text size and compression
// behave like a real long article (random letters would compress far worse than prose).

/** mulberry32: a tiny seeded generator, so every build of the fixture is byte-identical. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = {
  de: {
    nouns: `Regierung Vertrag Angriff Netzwerk Kraftwerk Behörde Sicherheit Abkommen Verhandlung
      Infrastruktur Ministerium Experte Staaten Bericht Zeitung Präsident Gespräche Schutz Strom
      Krankenhaus Bank Software Spionage Gericht Anklage Offizier Hersteller Lieferant Industrie
      Öffentlichkeit Grenze Wirtschaft Datenleitung Militär Botschaft Zusage Verpflichtung`.split(
      /\s+/,
    ),
    verbs: `verhandeln berichten verpflichten schützen erklären fordern bestätigen vereinbaren
      prüfen warnen veröffentlichen betonen ankündigen ablehnen untersuchen`.split(/\s+/),
    others: `die der das den dem und oder aber nicht auch noch schon laut nach vor über gegen
      mit ohne für bei seit wie als wenn dass weil zudem bislang offenbar möglicherweise
      ausdrücklich wichtige neue beide erste weitere chinesische amerikanische staatliche`.split(
      /\s+/,
    ),
  },
  en: {
    nouns: `government treaty attack network power plant agency security agreement negotiation
      infrastructure ministry expert states report newspaper president talks protection grid
      hospital bank software espionage court indictment officer manufacturer supplier industry
      public border economy data line military embassy pledge commitment`.split(/\s+/),
    verbs: `negotiate report commit protect explain demand confirm agree review warn publish
      stress announce reject investigate`.split(/\s+/),
    others: `the a an and or but not also still already according to after before over against
      with without for at since as when that because moreover so far apparently possibly
      expressly important new both first further Chinese American state`.split(/\s+/),
  },
} as const;

type Lang = keyof typeof words;

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

function sentence(lang: Lang, random: () => number): string {
  const vocabulary = words[lang];
  const length = 8 + Math.floor(random() * 14);
  const parts: string[] = [];
  for (let i = 0; i < length; i++) {
    const roll = random();
    const list = roll < 0.35 ? vocabulary.nouns : roll < 0.5 ? vocabulary.verbs : vocabulary.others;
    parts.push(pick(random, list));
  }
  const text = parts.join(' ');
  const ending = random() < 0.1 ? '?' : '.';
  const withComma = length > 14 ? text.replace(/ (\S+) /, ' $1, ') : text;
  return withComma.charAt(0).toUpperCase() + withComma.slice(1) + ending;
}

/** 2–6 sentences, about 40–110 words: a news paragraph. */
export function paragraph(lang: Lang, random: () => number): string {
  const count = 2 + Math.floor(random() * 5);
  return Array.from({ length: count }, () => sentence(lang, random)).join(' ');
}

/** A short title of 2–5 words, capitalised. */
export function title(lang: Lang, random: () => number): string {
  const count = 2 + Math.floor(random() * 4);
  const text = Array.from({ length: count }, (_, i) =>
    pick(random, i === 0 ? words[lang].nouns : [...words[lang].nouns, ...words[lang].others]),
  ).join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
