/**
 * A large, realistic plan for the benchmarks: the header, căn cứ, preamble, signer and nơi nhận of
 * the Party fixture 58-KH/TU, with body sections and four appendices recombined from the words of
 * both fixtures and the seeds. Deterministic: the same sources, size and seed give the same plan.
 */
import type { AgencyDirectory, PlanDocument } from '../../shared/model';
import { makeAppendices } from './appendix-maker';
import { makeSections } from './body-maker';
import { phraseBank } from './phrases';
import { createRandom } from './random';
import { TextMaker, partyAgencies } from './text-maker';

export interface PlanSources {
  /** The plan whose header, signer and recipients the benchmark plan keeps (58-KH/TU). */
  readonly base: PlanDocument;
  /** Every fixture: their words feed the phrase bank. */
  readonly fixtures: readonly PlanDocument[];
  readonly directory: AgencyDirectory;
}

export interface PlanSize {
  /** Data rows across all appendices (group rows come on top). */
  readonly dataRows: number;
  readonly seed: number;
}

/** The body grows with the appendices: a 300-row plan has about 60 pages in all. */
const ROWS_PER_BODY_SCALE = 300;

export function generatePlan(sources: PlanSources, size: PlanSize): PlanDocument {
  const random = createRandom(size.seed);
  const bank = phraseBank(sources.fixtures);
  const make = new TextMaker(random, bank, partyAgencies(sources.directory));
  const { base } = sources;
  return {
    ...base,
    id: `bench-${size.dataRows}-${size.seed}`,
    sections: makeSections(make, random, size.dataRows / ROWS_PER_BODY_SCALE),
    appendices: makeAppendices(make, random, bank, size.dataRows),
  };
}
