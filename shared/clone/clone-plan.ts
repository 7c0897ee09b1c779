/**
 * A superior plan + a unit → the unit's own plan implementing it: the unit's rule system and
 * template, the unit as issuing organ with number and day left blank, the parent cited in the
 * trích yếu and preamble, and every task that falls to the unit, linked back to the parent item.
 */
import {
  childArchive,
  childSigner,
  composeSymbol,
  draftingPhrase,
  profileFor,
  spellOrganName,
  systemOf,
  type FormatProfile,
} from '../format';
import { CURRENT_SCHEMA_VERSION, type AgencyDirectory, type Organ, type PartialDate, type PlanDocument, type System } from '../model';
import type { Template } from '../template';
import { findAssignments, type Assignment, type AssignmentOptions, type TaskRole } from './assignments';
import { buildTaskAppendix } from './child-appendix';
import { childPreamble, childSections } from './child-sections';
import { CloneError } from './clone-error';
import { cloneReport, type ReportPart } from './clone-report';
import { citationWithTitle, planReference, planShortName } from './plan-reference';

/**
 * The organ line above the unit's name, unless the rule system prints it at the top right anyway:
 * a directory may give a Tỉnh ủy "ĐẢNG CỘNG SẢN VIỆT NAM" as its parent line.
 */
function parentLine(directory: AgencyDirectory, unit: Organ, profile: FormatProfile): string {
  const parent = directory.parentHeaderOf(unit);
  const printed = profile.header.motto.map((line) => line.text);
  return printed.includes(parent) ? '' : spellOrganName(parent, profile);
}

/** A child plan is dated this month, the day left for the văn thư. */
function childDate(now: Date): PartialDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: null };
}

/** The profile a child plan of a unit of `system` made on `now` follows. */
export function childProfile(system: System, now: Date): FormatProfile {
  return profileFor(system, childDate(now));
}

/** The template a child plan of a unit of `system` made on `now` starts from. */
export function childTemplateId(system: System, now: Date): string {
  return childProfile(system, now).drafting.childTemplate;
}

export interface CloneOptions extends AssignmentOptions {
  readonly directory: AgencyDirectory;
  /** The template of the unit's system (childTemplateId). */
  readonly template: Template;
  readonly now: Date;
  readonly newId: () => string;
  /** Make a skeleton even when no task falls to the unit. */
  readonly allowEmpty?: boolean;
  /**
   * The parent tasks to take, by item id (PlanTask.itemId), when the user has left some out;
   * every task that falls to the unit when absent.
   */
  readonly keep?: ReadonlySet<string>;
}

export interface CloneSummary {
  readonly tasks: number;
  readonly byRole: Readonly<Record<TaskRole, number>>;
  readonly bySource: Readonly<Record<'appendix' | 'body', number>>;
  readonly collective: number;
}

export interface CloneResult {
  readonly child: PlanDocument;
  readonly assignments: readonly Assignment[];
  readonly summary: CloneSummary;
  /** What was taken and left out of each part of the parent, with reasons. */
  readonly report: readonly ReportPart[];
}

/** The counts a clone reports (and the app shows before cloning): by role, by source, through collective phrases. */
export function summarizeAssignments(assignments: readonly Assignment[]): CloneSummary {
  const count = (test: (a: Assignment) => boolean): number => assignments.filter(test).length;
  return {
    tasks: assignments.length,
    byRole: { lead: count((a) => a.role === 'lead'), cooperate: count((a) => a.role === 'cooperate') },
    bySource: { appendix: count((a) => a.task.source === 'appendix'), body: count((a) => a.task.source === 'body') },
    collective: count((a) => a.via === 'collective'),
  };
}

/** "49 nhiệm vụ (chủ trì 49, phối hợp 0; từ phụ lục 47, từ nội dung văn bản 2; qua cụm từ chung 1)" */
export function describeSummary(summary: CloneSummary): string {
  const { byRole, bySource } = summary;
  return `${summary.tasks} nhiệm vụ (chủ trì ${byRole.lead}, phối hợp ${byRole.cooperate}; từ phụ lục ${bySource.appendix}, từ nội dung văn bản ${bySource.body}; qua cụm từ chung ${summary.collective})`;
}

export function clonePlan(parent: PlanDocument, unit: Organ, options: CloneOptions): CloneResult {
  const { directory, template, now } = options;
  const system = unit.system;
  if (systemOf(template.document.profile) !== system) {
    throw new CloneError(`Mẫu "${template.name}" không thuộc hệ thống văn bản của ${unit.name}.`, 'template');
  }
  const { keep } = options;
  const found = findAssignments(parent, unit, directory, options);
  const assignments = keep === undefined ? found : found.filter((a) => keep.has(a.task.itemId));
  if (assignments.length === 0 && found.length > 0 && options.allowEmpty !== true) {
    throw new CloneError(`Chưa chọn nhiệm vụ nào trong ${found.length} nhiệm vụ giao cho ${unit.name}.`, 'no-tasks');
  }
  if (assignments.length === 0 && options.allowEmpty !== true) {
    throw new CloneError(
      `${planShortName(parent)} không giao nhiệm vụ nào cho ${unit.name}. Nếu vẫn cần khung kế hoạch, hãy dùng tùy chọn --allow-empty.`,
      'no-tasks',
    );
  }
  const reference = planReference(parent, 'ref1');
  const appendix = buildTaskAppendix(parent, unit.name, assignments);
  const profile = childProfile(system, now);
  const textInput = { parent, reference, unit, profile, departments: directory.childrenOf(unit.id), appendix };
  const unitShort = unit.short[0] ?? unit.name;
  const child: PlanDocument = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: options.newId(),
    profile: profile.id,
    profileChoice: 'date',
    templateId: template.id,
    meta: {
      docType: 'KH',
      typeName: 'KẾ HOẠCH',
      summary: `Thực hiện ${citationWithTitle(reference, profile)}`,
      parentOrgan: parentLine(directory, unit, profile),
      issuingOrgan: { header: spellOrganName(directory.headerOf(unit), profile), citation: unit.name },
      place: directory.data.province === '' ? parent.meta.place : directory.data.province,
      number: '',
      symbol: composeSymbol('KH', unit.symbol, profile.header.number),
      date: childDate(now),
      markings: { secrecy: '', urgency: '', circulation: '', draft: '', drafterInitials: '', copies: null },
    },
    basis: [reference],
    basisLines: false,
    preamble: childPreamble(textInput),
    sections: childSections(textInput),
    sectionNumbering: template.document.sectionNumbering,
    appendices: assignments.length === 0 ? [] : [appendix],
    signer: childSigner(unit, profile, template.document.signer),
    recipients: [
      // A superior plan read without its issuer (a scan, a PDF cut at the top) names nobody to report to.
      ...(reference.issuer === '' ? [] : [{ name: reference.issuer, purpose: '(để báo cáo)' }]),
      { name: `Lãnh đạo ${unitShort}` },
      { name: draftingPhrase(profile, 'subordinateRecipients', unitShort) },
    ],
    archive: childArchive(profile, unitShort) ?? template.document.archive,
    comments: [],
  };
  return { child, assignments, summary: summarizeAssignments(assignments), report: cloneReport(parent, directory, found, assignments) };
}
