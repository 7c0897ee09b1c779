/**
 * The four sections of a Party plan as 58-KH/TU has them (mục đích, mục tiêu, nhiệm vụ và giải
 * pháp, tổ chức thực hiện), with numbered items, headings, "-" and "+" bullets and references to
 * the appendices, grown in proportion to the plan's size.
 */
import type { Block, Inline, Section } from '../../shared/model';
import type { Random } from './random';
import type { TextMaker } from './text-maker';

class SectionWriter {
  private readonly blocks: Block[] = [];

  constructor(private readonly id: string) {}

  private nextId(): string {
    return `${this.id}-b${this.blocks.length + 1}`;
  }

  paragraph(children: Inline[]): void {
    this.blocks.push({ type: 'paragraph', id: this.nextId(), children });
  }

  item(text: string, level: number, options: { heading?: boolean; marker?: 'decimal' | 'letter' } = {}): void {
    this.blocks.push({
      type: 'item',
      id: this.nextId(),
      children: [{ text }],
      level,
      marker: options.marker ?? 'decimal',
      heading: options.heading ?? false,
    });
  }

  bullet(text: string, level: 1 | 2): void {
    this.blocks.push({ type: 'bullet', id: this.nextId(), children: [{ text }], level });
  }

  section(title: string): Section {
    return { id: this.id, title, blocks: this.blocks };
  }
}

/** How many blocks of each kind a section gets for a plan of `scale` × 300 rows. */
function count(random: Random, scale: number, min: number, max: number): number {
  return Math.max(1, Math.round(random.int(min, max) * scale));
}

function purposes(make: TextMaker, random: Random, scale: number): Section {
  const s = new SectionWriter('s1');
  for (const heading of ['Mục đích', 'Yêu cầu']) {
    s.item(heading, 1, { heading: true });
    for (let i = count(random, scale, 2, 4); i > 0; i--) s.item(make.sentence(), 2, { marker: 'letter' });
  }
  return s.section('MỤC ĐÍCH, YÊU CẦU');
}

function objectives(make: TextMaker, random: Random, scale: number): Section {
  const s = new SectionWriter('s2');
  s.item('Mục tiêu tổng quát', 1, { heading: true });
  s.paragraph([{ text: make.sentence(3, 5) }]);
  s.item('Mục tiêu cụ thể', 1, { heading: true });
  s.paragraph([
    { text: 'Các chỉ tiêu chủ yếu đến năm 2030 tại ' },
    { type: 'xref', appendixId: 'pl4', children: [{ text: '' }] },
    { text: '; trong đó:' },
  ]);
  for (let i = count(random, scale, 6, 9); i > 0; i--) s.bullet(make.sentence(1, 2), 1);
  return s.section('MỤC TIÊU');
}

function tasks(make: TextMaker, random: Random, scale: number): Section {
  const s = new SectionWriter('s3');
  s.item('Nhiệm vụ trọng tâm', 1, { heading: true });
  for (let i = count(random, scale, 5, 8); i > 0; i--) s.bullet(make.sentence(), 1);
  s.paragraph([
    { text: 'Các nhiệm vụ cụ thể tại ' },
    { type: 'xref', appendixId: 'pl1', children: [{ text: '' }] },
    { text: ' và ' },
    { type: 'xref', appendixId: 'pl2', children: [{ text: '' }] },
    { text: '; các nhiệm vụ để đạt tiêu chí, tiêu chuẩn tại ' },
    { type: 'xref', appendixId: 'pl3', children: [{ text: '' }] },
    { text: '.' },
  ]);
  s.item('Giải pháp chủ yếu', 1, { heading: true });
  for (let i = count(random, scale, 6, 8); i > 0; i--) {
    s.item(make.groupTitle(), 2, { heading: true });
    for (let j = random.int(2, 4); j > 0; j--) {
      s.bullet(make.sentence(), 1);
      if (random.chance(0.25)) for (let k = random.int(2, 3); k > 0; k--) s.bullet(make.sentence(1, 1), 2);
    }
  }
  return s.section('NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU');
}

function organisation(make: TextMaker, random: Random, scale: number): Section {
  const s = new SectionWriter('s4');
  for (let i = count(random, scale, 4, 6); i > 0; i--) s.item(make.assignment(), 1);
  s.item(make.sentence(2, 2), 1);
  return s.section('TỔ CHỨC THỰC HIỆN');
}

export function makeSections(make: TextMaker, random: Random, scale: number): Section[] {
  return [purposes(make, random, scale), objectives(make, random, scale), tasks(make, random, scale), organisation(make, random, scale)];
}
