/**
 * Model + profile → layout tree. The single place where a plan's printed form is decided; the DOCX
 * and HTML backends draw what this returns.
 */
import { createCrossRefResolver, type PlanDocument } from '../../model';
import { formatNumberSymbol, getProfile } from '../../format';
import { appendixSection, pageSetup, textWidth } from './appendix-section';
import { bodyBlocks, bodyList } from './body-blocks';
import { headerBlock } from './header-block';
import type { DocumentProperties, LayoutDocument, LayoutParagraph, LayoutSection } from './layout-types';
import { signatureBlock } from './signature-block';
import { buildStyles, STYLE } from './styles';
import { basisBlock, titleBlock } from './title-block';
import { para } from './blocks';

export function documentProperties(plan: PlanDocument): DocumentProperties {
  const { typeName, summary, issuingOrgan, number, symbol, docType } = plan.meta;
  const profile = getProfile(plan.profile);
  const code = number === '' ? symbol : formatNumberSymbol(number, symbol, profile.header.number);
  return {
    title: summary === '' ? typeName : summary,
    subject: `${typeName} ${code}`.trim(),
    author: issuingOrgan.citation,
    keywords: [docType, typeName.toLocaleLowerCase('vi'), issuingOrgan.citation].join('; '),
    description: `Soạn bằng Kế hoạch Studio theo ${profile.name}`,
  };
}

/** The signature never stands alone on a page: the last body paragraph goes with it. */
function keepLastWithNext(blocks: LayoutParagraph[]): LayoutParagraph[] {
  const last = blocks[blocks.length - 1];
  return last === undefined ? blocks : [...blocks.slice(0, -1), { ...last, keepWithNext: true }];
}

export function buildLayout(plan: PlanDocument): LayoutDocument {
  const profile = getProfile(plan.profile);
  const resolve = createCrossRefResolver(plan);
  const page = pageSetup(profile, 'portrait');
  const width = textWidth(page);
  const body: LayoutSection = {
    role: 'body',
    page,
    pageNumbers: { restart: true, hideOnFirstPage: profile.pageNumber.hideOnFirstPage },
    blocks: [
      ...headerBlock(plan, profile, width),
      ...titleBlock(plan, profile, width),
      ...basisBlock(plan, profile),
      ...keepLastWithNext(bodyBlocks(plan, profile, resolve)),
      // Space between the last paragraph and the nơi nhận / signature row.
      { ...para(STYLE.signatureTop, ''), keepWithNext: true },
      signatureBlock(plan, profile, width),
    ],
  };
  return {
    font: profile.font,
    styles: buildStyles(profile),
    pageNumberStyle: STYLE.pageNumber,
    properties: documentProperties(plan),
    sections: [body, ...plan.appendices.map((appendix, i) => appendixSection(plan, profile, appendix, i))],
    bodyList: bodyList(plan, profile),
  };
}
