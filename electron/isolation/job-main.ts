/**
 * The entry of an isolation process, built beside the app's main bundle and the command line's
 * (scripts/build-electron.mjs): it serves the readers of received files.
 */
import { JOBS } from './jobs';
import { serveJobs } from './serve-jobs';

serveJobs(JOBS);
