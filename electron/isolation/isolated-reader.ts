/**
 * The received-file reader the app, the harness and the command line use: each reading is a job in
 * an isolation process (job-runner.ts), so what a hostile or broken file costs stays there.
 */
import type { ReceivedFiles } from '../services/received-files';
import type { JobRunner } from './job-runner';
import type { JobInput, JobName, JobOutput } from './jobs';

export function isolatedReader(jobs: JobRunner): ReceivedFiles {
  const run = async <J extends JobName>(
    job: J,
    input: JobInput<J>,
    subject: string,
    control: Parameters<ReceivedFiles['importFile']>[3] = {},
  ): Promise<JobOutput<J>> => (await jobs.run(job, input, { subject, ...control })) as JobOutput<J>;
  return {
    importFile: (name, bytes, options = {}, control) => run('import-file', { name, bytes, options }, name, control),
    importText: (text, control) => run('import-text', { text }, 'văn bản dán vào', control),
    pendingReview: (name, bytes, control) => run('pending-review', { name, bytes }, name, control),
    checkDocx: (name, bytes, check, control) => run('check-docx', { name, bytes, check }, name, control),
    annotateDocx: (name, bytes, findings, now, control) => run('annotate-docx', { name, bytes, findings, now }, name, control),
    review: (name, bytes, plan, control) => run('review', { name, bytes, plan }, name, control),
    readTracked: (name, bytes, control) => run('read-tracked', { name, bytes }, name, control),
  };
}
