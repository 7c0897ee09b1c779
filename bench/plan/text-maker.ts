/**
 * Sentences, task texts, group titles and agency cells recombined from the phrase bank, the way the
 * seeds write them, with a seeded random source so the same seed gives the same words.
 */
import type { AgencyDirectory, Organ } from '../../shared/model';
import { DEADLINES, TASK_QUALIFIERS, TASK_VERBS, type PhraseBank } from './phrases';
import type { Random } from './random';

/** The unit the clone case takes tasks for: named as lead or cooperating on a known share of rows. */
export const CLONE_UNIT_ID = 'dang-uy-ubnd-tinh';
/** Share of task rows the clone unit leads, and of the others on which it cooperates. */
export const UNIT_LEAD_SHARE = 0.3;
export const UNIT_COOPERATE_SHARE = 0.15;

/** Collective phrases a Party plan gives work to ("Các cấp ủy trực thuộc tỉnh"). */
const COLLECTIVE_IDS = [
  'cac-cap-uy-truc-thuoc-tinh',
  'co-quan-tham-muu-tinh-uy',
  'mttq-doan-the',
  'cac-so-ban-nganh',
  'cac-co-quan-lien-quan',
  'dang-uy-cac-xa-phuong',
];

export interface Agencies {
  readonly unit: Organ;
  /** Party organs that lead tasks at the province level (tham mưu bodies and province-level cấp ủy). */
  readonly leads: readonly string[];
  /** Organs and collective phrases named as cooperating. */
  readonly cooperators: readonly string[];
}

export function partyAgencies(directory: AgencyDirectory): Agencies {
  const organs = directory.data.organs;
  const unit = organs.find((o) => o.id === CLONE_UNIT_ID);
  if (unit === undefined) throw new Error(`The agency directory has no "${CLONE_UNIT_ID}"`);
  const inGroup = (o: Organ, group: string): boolean => o.groups.includes(group);
  const leads = organs
    .filter(
      (o) =>
        o.id !== unit.id &&
        o.system === unit.system &&
        (inGroup(o, 'tham-muu-tinh-uy') || (inGroup(o, 'cap-uy-truc-thuoc-tinh') && o.level === 'tinh' && !inGroup(o, 'dang-uy-xa'))),
    )
    .map((o) => o.name);
  const collectives = directory.data.collectives.filter((c) => COLLECTIVE_IDS.includes(c.id)).map((c) => c.name);
  const mttq = organs.filter((o) => inGroup(o, 'mttq-doan-the')).map((o) => o.name);
  return { unit, leads, cooperators: [...leads, ...collectives, ...collectives, ...mttq] };
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** Words that keep their capital inside a sentence: names of bodies, documents and places. */
const PROPER_START =
  /^(Đảng|Nhà nước|Nhân dân|Tỉnh ủy|Trung ương|Bộ|Đề án|Quy hoạch|Chương trình|Kế hoạch|Trung tâm|Nghị quyết|Khu|Cảng|Sở|Ban|Ủy ban|Hội|Mặt trận|Ninh Bình|Cố đô)(?=[\s,]|$)/u;

/** A clause or an agency written inside a sentence: a common first word loses its capital. */
function inSentence(text: string): string {
  return /^\p{Lu}\p{Ll}* \p{Ll}/u.test(text) && !PROPER_START.test(text) ? text.charAt(0).toLocaleLowerCase('vi') + text.slice(1) : text;
}

export class TextMaker {
  constructor(
    private readonly random: Random,
    private readonly bank: PhraseBank,
    readonly agencies: Agencies,
  ) {}

  /** A body paragraph: two to four clauses of the fixtures' prose joined as the seeds join them. */
  sentence(min = 2, max = 4): string {
    const parts = this.random.sample(this.bank.bodyClauses, this.random.int(min, max));
    return `${capitalise(parts.map((p, i) => (i === 0 ? p : inSentence(p))).join('; '))}.`;
  }

  /** A group row or item heading: one or two clauses of the fixtures' group titles. */
  groupTitle(): string {
    const parts = this.random.sample(this.bank.groupClauses, this.random.int(1, 2));
    return capitalise(parts.map((p, i) => (i === 0 ? p : inSentence(p))).join('; '));
  }

  /** A task row: a verb, an object from the fixtures' rows, sometimes a scope or a horizon. */
  task(): string {
    const object = this.random.pick(this.bank.taskObjects);
    const verb = this.random.chance(0.8) ? `${this.random.pick(TASK_VERBS)} ` : '';
    const qualifiers = this.random.sample(TASK_QUALIFIERS, this.random.int(0, 2)).filter((q) => !object.includes(q));
    const text = `${verb}${verb === '' ? object : inSentence(object)}`;
    return capitalise([text, ...qualifiers].join(qualifiers.length > 0 && this.random.chance(0.3) ? '; ' : ' '));
  }

  deadline(): string {
    return this.random.pick(DEADLINES);
  }

  /** The lead of a task row: the clone unit on its share of rows, another Party organ otherwise. */
  lead(): string {
    return this.random.chance(UNIT_LEAD_SHARE) ? this.agencies.unit.name : this.random.pick(this.agencies.leads);
  }

  /** One to three cooperating agencies, the unit among them on its share of rows it does not lead. */
  cooperators(lead: string): string[] {
    const names = this.random.sample(
      this.agencies.cooperators.filter((n) => n !== lead && n !== this.agencies.unit.name),
      this.random.int(1, 3),
    );
    const unique = [...new Set(names)];
    if (lead !== this.agencies.unit.name && this.random.chance(UNIT_COOPERATE_SHARE)) unique.unshift(this.agencies.unit.name);
    return unique;
  }

  /** A body item that gives work: "<lead> chủ trì, phối hợp với <others> <what>." */
  assignment(): string {
    const lead = this.lead();
    const others = this.cooperators(lead).join(', ');
    return `${lead} chủ trì, phối hợp với ${inSentence(others)} ${inSentence(this.sentence(1, 2))}`;
  }
}
