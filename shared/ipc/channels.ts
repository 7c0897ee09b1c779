/**
 * The names of the host API's channels and events, without their schemas: the preload needs only
 * these, and stays small and free of zod. `contract.ts` must define exactly these channels (its
 * `satisfies` clause fails to compile otherwise).
 */
export const CHANNEL_NAMES = [
  'app.init',
  'templates.list',
  'templates.get',
  'documents.create',
  'documents.open',
  'documents.openContent',
  'documents.read',
  'documents.locate',
  'documents.save',
  'versions.list',
  'versions.open',
  'versions.restore',
  'versions.name',
  'recovery.save',
  'recovery.restore',
  'recovery.discard',
  'recent.list',
  'recent.remove',
  'preferences.set',
  'agencies.get',
  'agencies.province',
  'agencies.search',
  'agencies.suggest',
  'agencies.setProvince',
  'import.file',
  'import.pendingReview',
  'import.text',
  'import.cancel',
  'review.docx',
  'check.docx',
  'check.annotateDocx',
  'preview.pdf',
  'print.pdf',
  'export.docx',
  'feedback.docx',
  'export.pdf',
  'dialog.saveFile',
  'dialog.openPlan',
  'dialog.openFolder',
  'tracking.open',
  'tracking.close',
  'tracking.setParent',
  'tracking.setUnit',
  'tracking.openPlan',
  'tracking.exportReport',
  'tracking.exportReminder',
  'shell.showInFolder',
  'window.setState',
  'window.close',
] as const;
export type ChannelName = (typeof CHANNEL_NAMES)[number];

export const EVENT_NAMES = ['menu.command', 'app.openPath', 'window.closeRequested', 'tracking.changed', 'import.progress'] as const;
export type EventName = (typeof EVENT_NAMES)[number];

/**
 * The one message the preload sends by itself: the path of a file the user chose in a file input
 * (read in the preload from the File, which page script cannot forge for a path on disk), so main
 * may open or read that file. It is not in the contract: the page cannot send it with a path.
 */
export const CHOSEN_FILE_CHANNEL = 'file:chosen';

/** The IPC channel an event travels on, kept apart from the invoke channels. */
export function eventChannel(name: EventName): string {
  return `event:${name}`;
}
