// Place names in the user's script (issue 9): the Tokyo set's name in their language where
// it has one; Chinese readers the Japanese kanji; everyone else the English name or the
// Hepburn romaji of the reading (Latin script). The Japanese name is always shown too.
import type { Place } from './ipc';

/** Languages whose readers are served by the kanji name when no name in their own is known. */
const KANJI_READERS = new Set(['ja', 'zh-Hans', 'zh-Hant']);

export function placeName(p: Place, lang: string): string {
  const own = p.names?.[lang];
  if (own) return own;
  if (KANJI_READERS.has(lang)) return p.name_ja;
  return p.name_en ?? p.romaji ?? p.name_ja;
}

/** The prefecture as the user reads it: kanji for Japanese and Chinese readers, else English. */
export function prefectureName(p: Place, lang: string): string | null {
  if (!p.prefecture) return null;
  return KANJI_READERS.has(lang) ? p.prefecture.ja : p.prefecture.en;
}

/** A neighbourhood's municipality as the user reads it. */
export function municipalityName(p: Place, lang: string): string | null {
  if (!p.municipality) return null;
  return KANJI_READERS.has(lang) ? p.municipality : (p.municipality_romaji ?? p.municipality);
}

/** A station's lines as the user reads them: the Tokyo set's name in their language, the
 * Japanese name for Japanese and Chinese readers, else English or romaji. */
export function lineNames(p: Place, lang: string): string[] {
  return p.lines.map((ja, i) => {
    const names = p.line_names?.[i] ?? {};
    if (names[lang]) return names[lang];
    if (KANJI_READERS.has(lang)) return ja;
    return names.en ?? ja;
  });
}
