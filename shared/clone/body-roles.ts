/**
 * Who a body paragraph gives work to. Plans write assignments as clauses: the organs that open a
 * clause, or that are followed by "chủ trì", lead it ("Sở Kế hoạch và Đầu tư chủ trì, …",
 * "Giao Ủy ban nhân dân các xã, phường …"); those after "phối hợp với" cooperate. Organs named
 * elsewhere ("tham mưu Ban Thường vụ Tỉnh ủy", "báo cáo UBND tỉnh") receive, not do, the work.
 */
import { nameTokens, type AgencyDirectory, type AgencyEntry, type Mention } from '../model';

export interface BodyRoles {
  readonly leads: readonly AgencyEntry[];
  readonly cooperators: readonly AgencyEntry[];
}

/** Words that may come before the organ that leads a clause. */
const LEAD_OPENERS = new Set(['giao', 'de', 'nghi', 'yeu', 'cau']);

/** Clauses end at ";", ":" or a full stop (not the dots inside "3.424.670" or "1.1"). */
function clauses(text: string): string[] {
  return text.split(/[;:]|\.(?=\s|$)/u).filter((c) => c.trim() !== '');
}

/** Mentions that follow each other with nothing between them ("Sở A, Sở B và UBND các xã"). */
function chainFrom(mentions: readonly Mention[], first: number): Mention[] {
  const chain: Mention[] = [];
  let previous: Mention | undefined;
  for (const mention of mentions.slice(first)) {
    if (previous !== undefined && mention.start !== previous.end) break;
    chain.push(mention);
    previous = mention;
  }
  return chain;
}

function clauseRoles(tokens: readonly string[], mentions: readonly Mention[]): { leads: Mention[]; cooperators: Mention[] } {
  const leads: Mention[] = [];
  const cooperators: Mention[] = [];
  const first = mentions[0];
  if (first !== undefined && tokens.slice(0, first.start).every((t) => LEAD_OPENERS.has(t))) {
    leads.push(...chainFrom(mentions, 0));
  }
  mentions.forEach((mention, index) => {
    if (tokens[mention.end] === 'chu' && tokens[mention.end + 1] === 'tri' && !leads.includes(mention)) {
      leads.push(mention);
    }
    // "phối hợp với", "phối hợp chặt chẽ với", "phối hợp cùng"
    const before = tokens.slice(Math.max(0, mention.start - 5), mention.start).join(' ');
    if (/phoi hop(?: \w+){0,2} (?:voi|cung)$/.test(before) && !leads.includes(mention)) {
      for (const m of chainFrom(mentions, index)) if (!cooperators.includes(m)) cooperators.push(m);
    }
  });
  return { leads, cooperators };
}

export function bodyRoles(text: string, directory: AgencyDirectory, context: string | undefined): BodyRoles {
  const leads: AgencyEntry[] = [];
  const cooperators: AgencyEntry[] = [];
  for (const clause of clauses(text)) {
    const tokens = nameTokens(clause);
    const roles = clauseRoles(tokens, directory.mentions(tokens, context));
    leads.push(...roles.leads.map((m) => m.entry));
    cooperators.push(...roles.cooperators.map((m) => m.entry));
  }
  return { leads: [...new Set(leads)], cooperators: [...new Set(cooperators)].filter((e) => !leads.includes(e)) };
}
