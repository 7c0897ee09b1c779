/**
 * The header block (ô 1–4 and the markings): organ names with the rule or "*", số và ký hiệu, the
 * national heading with its rule, and the place-date line level with the number. Drawn as a
 * borderless two-column table, as offices do in Word.
 */
import type { PlanDocument } from '../../model';
import { isLetter, numberLine, placeDateLine, type FormatProfile } from '../../format';
import { markUnder, para, paras, upper } from './blocks';
import type { LayoutBlock, LayoutParagraph, LayoutTable } from './layout-types';
import { STYLE } from './styles';

/** A công văn's trích yếu stands under its number (ô 5b): "V/v đôn đốc …". */
function letterSummary(plan: Pick<PlanDocument, 'meta'>, profile: FormatProfile): LayoutParagraph[] {
  const { docType, summary } = plan.meta;
  return isLetter(docType) && summary !== '' ? paras(STYLE.letterSummary, `${profile.letter.summaryPrefix}${summary}`) : [];
}

function markings(plan: Pick<PlanDocument, 'meta'>): LayoutParagraph[] {
  const { secrecy, urgency, circulation } = plan.meta.markings;
  return [secrecy, urgency, circulation].filter((m) => m !== '').map((m) => para(STYLE.marking, upper(m)));
}

export function headerBlock(plan: Pick<PlanDocument, 'meta'>, profile: FormatProfile, textWidthMm: number): LayoutBlock[] {
  const header = profile.header;
  const leftMm = Math.round(textWidthMm * header.leftColumnShare * 10) / 10;
  const rightMm = Math.round((textWidthMm - leftMm) * 10) / 10;
  const issuer = upper(plan.meta.issuingOrgan.header);
  const left: LayoutBlock[] = [
    ...(plan.meta.parentOrgan === '' ? [] : paras(STYLE.parentOrgan, upper(plan.meta.parentOrgan))),
    ...paras(STYLE.issuingOrgan, issuer),
    markUnder(header.issuerMark, issuer, header.issuingOrgan.size.value, true, leftMm, { text: STYLE.issuerMark, rule: STYLE.rule }),
  ];
  const mottoStyles = [STYLE.motto0, STYLE.motto1];
  const right: LayoutBlock[] = header.motto.map((line, i) => para(mottoStyles[i] ?? STYLE.motto1, line.text));
  const lastMotto = header.motto[header.motto.length - 1];
  if (lastMotto !== undefined) {
    right.push(
      markUnder(header.mottoMark, lastMotto.text, lastMotto.style.size.value, lastMotto.style.bold, rightMm, {
        text: STYLE.rule,
        rule: STYLE.rule,
      }),
    );
  }
  const table: LayoutTable = {
    kind: 'table',
    role: 'header-block',
    columnsMm: [leftMm, rightMm],
    borders: false,
    cellMarginMm: 0,
    rows: [
      { cells: [{ blocks: left }, { blocks: right }] },
      {
        cells: [
          {
            blocks: [
              para(STYLE.number, numberLine(plan.meta.number, plan.meta.symbol, profile)),
              ...letterSummary(plan, profile),
              ...markings(plan),
            ],
          },
          { blocks: [para(STYLE.placeDate, placeDateLine(plan.meta.place, plan.meta.date, profile))] },
        ],
      },
    ],
  };
  const draft = plan.meta.markings.draft;
  return draft === '' ? [table] : [para(STYLE.draft, draft), table];
}
