/**
 * The body's Word list, for an export whose sections and items Word numbers itself: the `docx`
 * package's numbering config, then the finish that package cannot write.
 */
import { AlignmentType, LevelFormat, LevelSuffix, type INumberingOptions } from 'docx';
import type { ListLevel } from '../layout';
import { mmToTwip } from './units';

/** The reference of the body's list in the `docx` package's numbering config. */
export const BODY_LIST = 'kh-body';

/**
 * The number is followed by a space, not Word's default tab, and each level has its paragraphs'
 * indent, so a numbered paragraph sits where the same paragraph with its number as text does.
 */
export function bodyListNumbering(levels: readonly ListLevel[]): INumberingOptions {
  return {
    config: [
      {
        reference: BODY_LIST,
        levels: levels.map((level, index) => ({
          level: index,
          format: level.format === 'upperRoman' ? LevelFormat.UPPER_ROMAN : LevelFormat.DECIMAL,
          text: level.text,
          alignment: AlignmentType.LEFT,
          suffix: LevelSuffix.SPACE,
          style: { paragraph: { indent: { left: 0, firstLine: mmToTwip(level.firstLineIndentMm) } } },
        })),
      },
    ],
  };
}

/**
 * `docx` writes every list as "hybridMultilevel" with each level "tentative" (unused), which Word
 * treats as a one-level list whose other levels are spare. The body's list is a real multilevel
 * list, each level tied to its style (`w:pStyle`), as Word's own "Define New Multilevel List"
 * writes it: Tab in Word then moves an item down a level and gives it that level's style.
 */
export function finishBodyList(numberingXml: string, levels: readonly ListLevel[]): string {
  const marker = `w:val="${levels[levels.length - 1]?.text ?? ''}"`;
  const close = '</w:abstractNum>';
  return numberingXml
    .split(close)
    .map((part) => {
      const start = part.indexOf('<w:abstractNum ');
      return start < 0 || !part.includes(marker) ? part : part.slice(0, start) + finishAbstract(part.slice(start), levels);
    })
    .join(close);
}

function finishAbstract(abstract: string, levels: readonly ListLevel[]): string {
  const multilevel = abstract
    .replace('<w:multiLevelType w:val="hybridMultilevel"/>', '<w:multiLevelType w:val="multilevel"/>')
    .replaceAll(' w:tentative="1"', '');
  // w:pStyle comes after w:numFmt and before w:suff in a level (CT_Lvl's order).
  return levels.reduce((xml, level, index) => {
    const start = xml.indexOf(`<w:lvl w:ilvl="${index}">`);
    const suffix = start < 0 ? -1 : xml.indexOf('<w:suff ', start);
    return level.style === undefined || suffix < 0 ? xml : `${xml.slice(0, suffix)}<w:pStyle w:val="${level.style}"/>${xml.slice(suffix)}`;
  }, multilevel);
}
