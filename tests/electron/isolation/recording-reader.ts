/** The in-process reader of received files, noting which of its readings a caller asked for. */
import { inProcessReader, type ReceivedFiles } from '../../../electron/services/received-files';

export function recording(): { reader: ReceivedFiles; asked: (keyof ReceivedFiles)[] } {
  const asked: (keyof ReceivedFiles)[] = [];
  const reader: ReceivedFiles = {
    importFile: (...args) => (asked.push('importFile'), inProcessReader.importFile(...args)),
    importText: (...args) => (asked.push('importText'), inProcessReader.importText(...args)),
    pendingReview: (...args) => (asked.push('pendingReview'), inProcessReader.pendingReview(...args)),
    checkDocx: (...args) => (asked.push('checkDocx'), inProcessReader.checkDocx(...args)),
    annotateDocx: (...args) => (asked.push('annotateDocx'), inProcessReader.annotateDocx(...args)),
    review: (...args) => (asked.push('review'), inProcessReader.review(...args)),
    readTracked: (...args) => (asked.push('readTracked'), inProcessReader.readTracked(...args)),
  };
  return { reader, asked };
}
