/**
 * The implementation of every channel of the contract, over the Node services and a host adapter.
 * Electron's main process and the test harness both serve exactly this table, so what the
 * end-to-end tests exercise is what the app runs.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { z } from 'zod';
import { sortFindings, type Finding } from '../../shared/check';
import type { ChannelName, ChannelOutput, Contract } from '../../shared/ipc';
import { setHomeProvince, type AgencyDirectoryStore } from './agency-directory';
import type { DocumentService } from './documents';
import type { ExportService } from './export-service';
import type { PreviewService } from './preview-service';
import type { HostAdapter } from './host-adapter';
import { extensionFor, type PathGrants } from './path-grants';
import { checkReceivedDocx, type ReadControl, type ReceivedFiles } from './received-files';
import type { RecoveryStore } from './recovery-store';
import type { SettingsService } from './settings';
import type { TemplateStore } from './template-store';
import type { TrackingService } from './tracking-service';
import type { TrackingWorkspace } from './tracking-workspace';
import { writeFileAtomic } from './files';
import { directoryProvinces, toIsoDate } from '../../shared/model';
import { searchOrgans } from '../../shared/suggest/organ-search';
import { suggestAgencies } from '../../shared/suggest/agency-suggestions';

/** Today in the user's calendar, as the directory writes dates: organs gone by then are listed last. */
function localToday(): string {
  const now = new Date();
  return toIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;

export type Handlers<Ctx> = {
  readonly [C in ChannelName]: (input: ParsedInput<C>, ctx: Ctx) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

export interface HostServices {
  readonly templates: TemplateStore;
  readonly documents: DocumentService;
  readonly exports: ExportService;
  readonly recovery: RecoveryStore;
  readonly settings: SettingsService;
  readonly agencies: AgencyDirectoryStore;
  readonly grants: PathGrants;
  readonly preview: PreviewService;
  readonly tracking: TrackingService;
  /** Where received files are parsed: an isolation process (electron/isolation). */
  readonly received: ReceivedFiles;
  /** Problems met while starting, shown once to the user. */
  readonly startWarnings: readonly string[];
}

function trackingView({ folder, matrix, warnings }: TrackingWorkspace): ChannelOutput<'tracking.open'> {
  return { folder, matrix, warnings: [...warnings] };
}

function withExtension(name: string, extension: string): string {
  const base = name.replace(/[\\/:*?"<>|\p{Cc}]/gu, ' ').trim() || 'ke-hoach';
  return base.toLowerCase().endsWith(extension) ? base : `${base}${extension}`;
}

export function createHandlers<Ctx>(services: HostServices, host: HostAdapter<Ctx>): Handlers<Ctx> {
  const { documents, exports, recovery, settings, grants, tracking } = services;
  const openTracking = async (folder: string, ctx: Ctx): Promise<ChannelOutput<'tracking.open'>> =>
    trackingView(
      await tracking.open(folder, () => {
        host.notify(ctx, 'tracking.changed', { folder });
      }),
    );
  const { received } = services;
  // The readings the page named, by their id, so that it can stop them.
  const readings = new Map<string, AbortController>();
  /** Runs a reading the page may follow (progress events) and stop (`import.cancel`) by its id. */
  const reading = async <T>(jobId: string | undefined, ctx: Ctx, read: (control: ReadControl) => Promise<T>): Promise<T> => {
    if (jobId === undefined) return read({});
    const controller = new AbortController();
    readings.get(jobId)?.abort();
    readings.set(jobId, controller);
    try {
      return await read({
        signal: controller.signal,
        onProgress: (progress) => {
          host.notify(ctx, 'import.progress', { jobId, ...progress });
        },
      });
    } finally {
      if (readings.get(jobId) === controller) readings.delete(jobId);
    }
  };
  /** The findings of a received DOCX; a file that is not a readable DOCX is the user's error, named. */
  const receivedFindings = async (name: string, bytes: Uint8Array, control: ReadControl = {}): Promise<Finding[]> => {
    const agencies = await services.agencies.load();
    return (await checkReceivedDocx(received, name, bytes, { agencies, today: new Date() }, control)).findings;
  };
  return {
    'app.init': async (_input, ctx) => {
      // The file the app was launched with (or handed by the system) is the user's choice.
      const openPath = host.initialPath(ctx);
      if (openPath !== null) grants.offer(openPath);
      return {
        host: host.name,
        openPath,
        recent: settings.recent(),
        recovery: await recovery.list(),
        preferences: settings.preferences(),
        warnings: [...services.startWarnings],
      };
    },
    'templates.list': async () => services.templates.list(),
    'templates.get': ({ id }) => services.templates.get(id),
    'documents.create': async ({ templateId }) => documents.create(templateId),
    'documents.open': async ({ path }) => documents.open(grants.checkReadable(path)),
    'documents.openContent': ({ name, text }) => documents.openContent(name, text),
    'documents.save': async ({ path, plan, expected, onConflict }) => documents.save(path, plan, { expected, onConflict }),
    'documents.read': async ({ path }) => ({ plan: await documents.read(grants.checkReadable(path)) }),
    'documents.locate': async ({ planId }) => {
      // A path the app itself remembered where it opened or saved this plan, not one the page names.
      const path = settings.planPath(planId);
      if (path === null) return null;
      // The file may have been moved, replaced or damaged since: only a plan with that id counts.
      // The plan read to tell is the answer, so the caller does not read the file again.
      const plan = await documents.read(path).catch(() => null);
      return plan?.id === planId ? { path, plan } : null;
    },
    'versions.list': async ({ path }) => documents.versions(path),
    'versions.open': async ({ path, id }) => documents.openVersion(path, id),
    'versions.restore': async ({ path, id, expected, onConflict }) => documents.restoreVersion(path, id, { expected, onConflict }),
    'versions.name': async ({ path, id, name }) => documents.nameVersion(path, id, name),
    'recovery.save': async ({ id, path, version, plan }) => {
      // The copy is kept whatever happened to the file: it is the user's work, and it overwrites nothing.
      await recovery.save(id, path, version, plan);
      const conflict = path === null || version === null ? null : await documents.conflictSince(path, version).catch(() => null);
      return { conflict };
    },
    'recovery.restore': async ({ id }) => recovery.restore(id),
    'recovery.discard': async ({ id }) => {
      await recovery.discard(id);
      return {};
    },
    'recent.list': () => settings.recent(),
    'recent.remove': ({ path }) => settings.removeRecent(path),
    'preferences.set': (preferences) => settings.setPreferences(preferences),
    'agencies.get': async () => (await services.agencies.load()).data,
    'agencies.province': async () => {
      const { data } = await services.agencies.load();
      return { chosen: (await services.agencies.loadUser()).province !== '', province: data.province, provinces: directoryProvinces(data) };
    },
    'agencies.search': async ({ query, limit }) => searchOrgans((await services.agencies.load()).data, query, limit, localToday()),
    'agencies.suggest': async ({ query }) => suggestAgencies((await services.agencies.load()).data, query),
    'agencies.setProvince': async ({ province }) => (await setHomeProvince(services.agencies, province)).data,
    // A scan comes back with its pages, shown beside the plan so unsure words can be corrected.
    'import.file': ({ name, data, revisions, jobId }, ctx) =>
      reading(jobId, ctx, (control) =>
        received.importFile(
          name,
          Buffer.from(data, 'base64'),
          revisions === undefined ? { pageImages: true } : { revisions, pageImages: true },
          control,
        ),
      ),
    'import.pendingReview': ({ name, data, jobId }, ctx) =>
      reading(jobId, ctx, (control) => received.pendingReview(name, Buffer.from(data, 'base64'), control)),
    'import.text': ({ text }) => received.importText(text),
    'import.cancel': ({ jobId }) => {
      readings.get(jobId)?.abort();
      return {};
    },
    'review.docx': async ({ plan, name, data }) => {
      const { source, changes, comments } = await received.review(name, Buffer.from(data, 'base64'), plan);
      return {
        source,
        changes: changes.map((c) => ({ ...c, words: [...c.words] })),
        comments: comments.map((c) => ({ ...c, replies: [...c.replies] })),
      };
    },
    'check.docx': async ({ name, data }) => ({ findings: await receivedFindings(name, Buffer.from(data, 'base64')) }),
    'check.annotateDocx': async ({ name, data, path }) => {
      const target = grants.check(path, 'docx');
      const bytes = Buffer.from(data, 'base64');
      const findings = sortFindings(await receivedFindings(name, bytes));
      await writeFileAtomic(target, await received.annotateDocx(name, bytes, findings, new Date()));
      return { path: target, comments: findings.length };
    },
    'preview.pdf': ({ plan }) => services.preview.render(plan),
    'print.pdf': async ({ plan }) => {
      const path = join(await mkdtemp(join(tmpdir(), 'kehoach-in-')), withExtension(plan.meta.typeName, '.pdf'));
      grants.grant(path, 'pdf');
      await exports.pdf(path, plan);
      await host.openExternally(path);
      return { path };
    },
    'export.docx': async ({ path, plan, wordNumbering }) => exports.docx(path, plan, { wordNumbering }),
    'export.pdf': async ({ path, plan }) => exports.pdf(path, plan),
    'feedback.docx': async ({ path, plan, grouping }) => exports.feedbackDocx(path, plan, grouping),
    'dialog.saveFile': async ({ kind, defaultName }, ctx) => {
      const path = await host.chooseSavePath(ctx, kind, withExtension(defaultName, extensionFor(kind)));
      if (path === null) return null;
      grants.grant(path, kind);
      return { path };
    },
    'dialog.openPlan': async (_input, ctx) => {
      const path = await host.chooseOpenPath(ctx);
      if (path === null) return null;
      grants.offer(path);
      return { path };
    },
    'dialog.openFolder': async (_input, ctx) => {
      const path = await host.chooseFolder(ctx);
      if (path === null) return null;
      tracking.grant(path);
      return { path };
    },
    'tracking.open': ({ folder }, ctx) => openTracking(folder, ctx),
    'tracking.close': ({ folder }) => {
      tracking.close(folder);
      return {};
    },
    'tracking.setParent': async ({ folder, file }, ctx) => {
      await tracking.setParent(folder, file);
      return openTracking(folder, ctx);
    },
    'tracking.setUnit': async ({ folder, file, unitId }, ctx) => {
      await tracking.setUnit(folder, file, unitId);
      return openTracking(folder, ctx);
    },
    'tracking.openPlan': ({ folder, file }) => tracking.openPlan(folder, file),
    'tracking.exportReport': async ({ folder, path, kind }) => exports[kind](path, await tracking.report(folder)),
    'tracking.exportReminder': async ({ folder, unitId, path, kind }) => exports[kind](path, await tracking.reminder(folder, unitId)),
    'shell.showInFolder': async ({ path }) => {
      await host.showInFolder(grants.checkReadable(path));
      return {};
    },
    'window.setState': ({ title, dirty }, ctx) => {
      host.setWindowState(ctx, title, dirty);
      return {};
    },
    'window.close': (_input, ctx) => {
      host.closeWindow(ctx);
      return {};
    },
  };
}
