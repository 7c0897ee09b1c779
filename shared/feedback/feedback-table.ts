/**
 * "Bảng tổng hợp, tiếp thu, giải trình ý kiến góp ý": what each unit said about the draft (its
 * comments and its tracked changes, from the files it returned), one row each: STT · Đơn vị góp
 * ý · Nội dung góp ý · Ý kiến tiếp thu, giải trình, grouped by unit or by part of the plan. The
 * document is laid out in the plan's own profile: the organ's header, its title in place of the
 * plan's, the table, then the plan's signer.
 */
import { PlaceNamer, toRoman, type PlanDocument } from '../model';
import { getProfile } from '../format';
import { buildLayout, pageSetup, STYLE, textWidth, type LayoutDocument, type LayoutRow, type LayoutTable } from '../render/layout';
import { describeChange, type ReviewOfFile } from '../review';

export interface FeedbackItem {
  /** Đơn vị góp ý: who wrote the comment or made the change, or the file it came from. */
  readonly unit: string;
  /** The part of the plan it is about ("Mục II", "Phụ lục I"). */
  readonly part: string;
  readonly content: string;
  /** Ý kiến tiếp thu, giải trình, written by the clerk. */
  readonly response: string;
}

export type FeedbackGrouping = 'unit' | 'part';

function partOf(place: string): string {
  const head = place.replace(/^Sau /u, '').split(',')[0] ?? place;
  return head.charAt(0).toLocaleUpperCase('vi') + head.slice(1);
}

function unitOf(author: string, file: string): string {
  return author.trim() === '' ? file : author;
}

function commentContent(place: string, quote: string, text: string): string {
  return `${place}${quote === '' ? '' : ` («${quote}»)`} — ${text}`;
}

function changeContent(place: string, summary: string): string {
  return `${place} — đề nghị ${summary}.`;
}

/** One item per comment (its replies kept with it) and per tracked change, in the files' order. */
export function feedbackItems(files: readonly { readonly name: string; readonly review: ReviewOfFile }[]): FeedbackItem[] {
  return files.flatMap(({ name, review }) => [
    ...review.comments.map((c) => ({
      unit: unitOf(c.author, name),
      part: partOf(c.place),
      content: commentContent(c.place, c.quote, c.text),
      response: c.replies.map((r) => r.text).join('\n'),
    })),
    ...review.changes.map((c) => ({
      unit: unitOf(c.author, name),
      part: partOf(c.place),
      content: changeContent(c.place, describeChange(c)),
      response: '',
    })),
  ]);
}

/**
 * The items of the comments kept on the plan and of the changes decided in the app: the clerk's
 * tiếp thu / giải trình where written, else the replies to the comment.
 */
export function planFeedbackItems(plan: PlanDocument): FeedbackItem[] {
  const namer = new PlaceNamer(plan);
  return plan.comments.map((c) => {
    const place = namer.anchor(c.anchor);
    return {
      unit: unitOf(c.author, c.source ?? ''),
      part: partOf(place),
      content: c.change === undefined ? commentContent(place, c.quote, c.text) : changeContent(place, c.change.summary),
      response: c.response ?? c.replies.map((r) => r.text).join('\n'),
    };
  });
}

function textCell(text: string, style: string = STYLE.tableText, align: 'left' | 'center' = 'left'): LayoutRow['cells'][number] {
  return {
    blocks: text.split('\n').map((line) => ({ kind: 'paragraph' as const, style, runs: line === '' ? [] : [{ text: line }], align })),
  };
}

function table(items: readonly FeedbackItem[], grouping: FeedbackGrouping, widthMm: number, cellMarginMm: number): LayoutTable {
  const groups = new Map<string, FeedbackItem[]>();
  for (const item of items) {
    const key = grouping === 'unit' ? item.unit : item.part;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const header: LayoutRow = {
    header: true,
    cantSplit: true,
    cells: ['STT', 'Đơn vị góp ý', 'Nội dung góp ý', 'Ý kiến tiếp thu, giải trình'].map((label) => ({
      ...textCell(label, STYLE.tableHeader, 'center'),
      vAlign: 'center' as const,
    })),
  };
  const rows: LayoutRow[] = [];
  [...groups].forEach(([title, list], g) => {
    rows.push({
      cantSplit: true,
      cells: [textCell(toRoman(g + 1), STYLE.tableHeader, 'center'), { ...textCell(title, STYLE.tableHeader), colSpan: 3 }],
    });
    list.forEach((item, i) => {
      rows.push({
        cantSplit: true,
        cells: [textCell(String(i + 1), STYLE.tableText, 'center'), textCell(item.unit), textCell(item.content), textCell(item.response)],
      });
    });
  });
  const shares = [0.09, 0.2, 0.41, 0.3];
  return {
    kind: 'table',
    role: 'appendix',
    columnsMm: shares.map((s) => Math.round(s * widthMm * 10) / 10),
    borders: true,
    cellMarginMm,
    rows: [header, ...rows],
  };
}

/** The góp ý document of a plan: the plan's header and signer around the table. */
export function feedbackLayout(plan: PlanDocument, items: readonly FeedbackItem[], grouping: FeedbackGrouping): LayoutDocument {
  const profile = getProfile(plan.profile);
  const document: PlanDocument = {
    ...plan,
    meta: {
      ...plan.meta,
      number: '',
      symbol: '',
      typeName: 'BẢNG TỔNG HỢP',
      summary: `Tiếp thu, giải trình ý kiến góp ý đối với dự thảo ${plan.meta.typeName.toLocaleLowerCase('vi')} ${plan.meta.summary.charAt(0).toLocaleLowerCase('vi')}${plan.meta.summary.slice(1)}`,
    },
    basis: [],
    basisLines: false,
    preamble: [],
    sections: [],
    appendices: [],
  };
  const layout = buildLayout(document);
  const [body] = layout.sections;
  if (body === undefined) return layout;
  // The table goes where the plan's text would: after the title, before the signature.
  const signatureAt = body.blocks.findIndex((b) => b.kind === 'table' && b.role === 'signature');
  const at = signatureAt === -1 ? body.blocks.length : Math.max(0, signatureAt - 1);
  const blocks = [
    ...body.blocks.slice(0, at),
    table(items, grouping, textWidth(pageSetup(profile, 'portrait')), profile.appendix.table.cellMarginMm),
    ...body.blocks.slice(at),
  ];
  return { ...layout, sections: [{ ...body, blocks }] };
}
