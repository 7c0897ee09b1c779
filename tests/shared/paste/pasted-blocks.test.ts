import { describe, expect, it } from 'vitest';
import { blocksFromPastedLines, linesFromPlainText, type PastedLine } from '../../../shared/paste/pasted-blocks';

const ids = (): (() => string) => {
  let n = 0;
  return () => `n${++n}`;
};

describe('plain text paste', () => {
  it('makes one block per line and reads the markers typed in the text', () => {
    const text =
      'Mở đầu kế hoạch.\r\n1. Mục đích\n\n1.1. Quán triệt nghị quyết\na) Tổ chức hội nghị\n- Các sở, ngành\n+ Ủy ban nhân dân cấp xã\n';
    const blocks = blocksFromPastedLines(linesFromPlainText(text), ids());
    expect(blocks).toEqual([
      { type: 'paragraph', id: 'n1', children: [{ text: 'Mở đầu kế hoạch.' }] },
      { type: 'item', id: 'n2', level: 1, marker: 'decimal', heading: false, children: [{ text: 'Mục đích' }] },
      { type: 'item', id: 'n3', level: 2, marker: 'decimal', heading: false, children: [{ text: 'Quán triệt nghị quyết' }] },
      { type: 'item', id: 'n4', level: 3, marker: 'letter', heading: false, children: [{ text: 'Tổ chức hội nghị' }] },
      { type: 'bullet', id: 'n5', level: 1, children: [{ text: 'Các sở, ngành' }] },
      { type: 'bullet', id: 'n6', level: 2, children: [{ text: 'Ủy ban nhân dân cấp xã' }] },
    ]);
  });

  it('normalizes decomposed text to NFC', () => {
    const [block] = blocksFromPastedLines(linesFromPlainText('Vie\u0302\u0323t Nam'), ids());
    expect(block?.children).toEqual([{ text: 'Việt Nam' }]);
  });

  it('puts letter points under the item before the paste', () => {
    const [block] = blocksFromPastedLines(linesFromPlainText('b) Kiểm tra'), ids(), 2);
    expect(block).toMatchObject({ type: 'item', level: 3, marker: 'letter' });
  });
});

describe('Word paste', () => {
  it('uses Word list labels and levels, keeps marks and strips nothing from the text', () => {
    const lines: PastedLine[] = [
      { runs: [{ text: 'Nhiệm vụ trọng tâm', bold: true }], listLabel: '2.', listLevel: 1 },
      { runs: [{ text: 'Hoàn thiện ' }, { text: 'thể chế', italic: true }], listLabel: 'a)', listLevel: 2 },
      { runs: [{ text: 'Sở Nội vụ' }], listLabel: '\uf0b7', listLevel: 1 },
      { runs: [{ text: 'Sở Tài chính' }], listLabel: '-', listLevel: 2 },
      { runs: [{ text: 'Phòng ' }, { text: 'Tư pháp', underline: true }], listLabel: 'o', listLevel: 2 },
      { runs: [{ text: '  Đoạn ' }, { text: 'thường', bold: true }, { text: ' ' }] },
    ];
    expect(blocksFromPastedLines(lines, ids())).toEqual([
      { type: 'item', id: 'n1', level: 1, marker: 'decimal', heading: true, children: [{ text: 'Nhiệm vụ trọng tâm', bold: true }] },
      {
        type: 'item',
        id: 'n2',
        level: 2,
        marker: 'letter',
        heading: false,
        children: [{ text: 'Hoàn thiện ' }, { text: 'thể chế', italic: true }],
      },
      { type: 'bullet', id: 'n3', level: 1, children: [{ text: 'Sở Nội vụ' }] },
      { type: 'bullet', id: 'n4', level: 1, children: [{ text: 'Sở Tài chính' }] },
      { type: 'bullet', id: 'n5', level: 2, children: [{ text: 'Phòng ' }, { text: 'Tư pháp', underline: true }] },
      { type: 'paragraph', id: 'n6', children: [{ text: 'Đoạn ' }, { text: 'thường', bold: true }] },
    ]);
  });

  it('strips a literal marker that spans runs', () => {
    const lines: PastedLine[] = [{ runs: [{ text: '1.', bold: true }, { text: '2. Triển khai' }] }];
    expect(blocksFromPastedLines(lines, ids())).toEqual([
      { type: 'item', id: 'n1', level: 2, marker: 'decimal', heading: false, children: [{ text: 'Triển khai' }] },
    ]);
  });

  it('reads a multi-level Word number as its depth', () => {
    const [block] = blocksFromPastedLines([{ runs: [{ text: 'Chỉ tiêu' }], listLabel: '1.2.1.', listLevel: 3 }], ids());
    expect(block).toMatchObject({ type: 'item', level: 3, marker: 'decimal' });
  });
});
