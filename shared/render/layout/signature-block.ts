/**
 * The end of the document: nơi nhận on the left (with "} (để báo cáo)" brace groups and the archive
 * line) level with the signature block on the right (authority lines, position, space, name).
 */
import type { PlanDocument, RecipientEntry } from '../../model';
import { archiveLine, authorityLines, positionLine, recipientLine, recipientsLabel, type FormatProfile } from '../../format';
import { para } from './blocks';
import type { LayoutBlock, LayoutTable } from './layout-types';
import { STYLE } from './styles';
import { textWidthMm } from './text-width';

/** The parts of the plan the end of the document is drawn from. */
export type SignaturePart = Pick<PlanDocument, 'recipients' | 'archive' | 'meta' | 'signer'>;

function isGroup(entry: RecipientEntry): entry is Extract<RecipientEntry, { names: string[] }> {
  return 'names' in entry;
}

function drafterLine(plan: Pick<PlanDocument, 'meta'>): string {
  const { drafterInitials, copies } = plan.meta.markings;
  if (drafterInitials === '') return '';
  return copies === null ? drafterInitials : `${drafterInitials}.(${copies})`;
}

function recipientBlocks(plan: SignaturePart, profile: FormatProfile, columnMm: number): LayoutBlock[] {
  const blocks: LayoutBlock[] = [para(STYLE.recipientsLabel, recipientsLabel(profile))];
  for (const entry of plan.recipients) {
    if (!isGroup(entry)) {
      blocks.push(para(STYLE.recipient, recipientLine(entry.name, entry.purpose, profile)));
      continue;
    }
    // A brace group: the names in a cell with a line on its right, the purpose beside it. The names
    // cell is as wide as the longest name allows, so the names wrap only when they must.
    const size = profile.recipients.item.size.value;
    const purposeMm = textWidthMm(` ${entry.purpose}`, size, false) + 2;
    const longestMm = Math.max(...entry.names.map((name) => textWidthMm(recipientLine(name, undefined, profile), size, false))) + 2;
    const namesMm = Math.round(Math.min(longestMm, columnMm - purposeMm) * 10) / 10;
    const group: LayoutTable = {
      kind: 'table',
      role: 'recipient-group',
      columnsMm: [namesMm, Math.round((columnMm - namesMm) * 10) / 10],
      borders: false,
      cellMarginMm: 0,
      rows: [
        {
          cells: [
            { blocks: entry.names.map((name) => para(STYLE.recipient, recipientLine(name, undefined, profile))), rightBorder: true },
            { blocks: [para(STYLE.recipient, entry.purpose)], vAlign: 'center' },
          ],
        },
      ],
    };
    blocks.push(group);
  }
  if (plan.archive !== '') blocks.push(para(STYLE.recipient, archiveLine(plan.archive, profile)));
  const drafter = drafterLine(plan);
  if (drafter !== '') blocks.push(para(STYLE.drafter, drafter));
  return blocks;
}

function signerBlocks(plan: Pick<PlanDocument, 'signer'>, profile: FormatProfile): LayoutBlock[] {
  const blocks: LayoutBlock[] = authorityLines(plan.signer, profile).map((line) => para(STYLE.authority, line));
  blocks.push(para(STYLE.position, positionLine(plan.signer, profile)));
  for (let i = 0; i < profile.signature.blankLines; i++) blocks.push(para(STYLE.signatureSpace, ''));
  blocks.push(para(STYLE.signerName, plan.signer.name));
  return blocks;
}

export function signatureBlock(plan: SignaturePart, profile: FormatProfile, textWidthMm: number): LayoutTable {
  const leftMm = Math.round(textWidthMm * profile.signature.recipientsColumnShare * 10) / 10;
  return {
    kind: 'table',
    role: 'signature',
    columnsMm: [leftMm, Math.round((textWidthMm - leftMm) * 10) / 10],
    borders: false,
    cellMarginMm: 0,
    rows: [{ cantSplit: true, cells: [{ blocks: recipientBlocks(plan, profile, leftMm) }, { blocks: signerBlocks(plan, profile) }] }],
  };
}
