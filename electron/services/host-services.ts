/**
 * The services behind the host API, assembled once per process from the stores the host provides:
 * Electron passes electron-store instances and its own printer, the harness passes conf stores in
 * a folder of its own and a system Chromium.
 */
import { randomUUID } from 'node:crypto';
import type { PdfPrinter } from '../../shared/pdf';
import { createStoredAgencyDirectory } from './agency-directory';
import { createDocumentService } from './documents';
import { createExportService } from './export-service';
import type { HostServices } from './host-handlers';
import type { OpenedStore } from './key-value-store';
import { createPathGrants, hasExtensionFor } from './path-grants';
import { createPreviewService } from './preview-service';
import type { ReceivedFiles } from './received-files';
import { createRecoveryStore, planTitle } from './recovery-store';
import { createSettingsService } from './settings';
import { createTemplateStore, DEFAULT_TEMPLATE_DIR } from './template-store';
import { createTrackingService } from './tracking-service';

export interface HostServiceOptions {
  /** electron-store (or conf) holding preferences, recent files and window state. */
  readonly settings: OpenedStore;
  /** electron-store (or conf) holding the user's agency directory. */
  readonly agencies: OpenedStore;
  readonly recoveryDir: string;
  readonly printer: () => Promise<PdfPrinter>;
  readonly templatesDir?: string;
  readonly now?: () => Date;
  /** This run of the app: its own autosaves are not offered back as leftovers of a crash. */
  readonly instanceId?: string;
  /** The app's version, stamped into every saved plan beside the user and the machine. */
  readonly appVersion: string;
  /** Where received files are parsed: Electron's utility process in the app, a Node child process in the harness. */
  readonly received: ReceivedFiles;
}

export function createHostServices(options: HostServiceOptions): HostServices {
  const now = options.now ?? (() => new Date());
  const settings = createSettingsService(options.settings.store);
  const templates = createTemplateStore(options.templatesDir ?? DEFAULT_TEMPLATE_DIR);
  const grants = createPathGrants();
  // Recent files the user opened before may be opened and saved again without a dialog.
  for (const file of settings.recent()) if (hasExtensionFor(file.path, 'plan')) grants.grant(file.path, 'plan');
  const agencies = createStoredAgencyDirectory(options.agencies.store);
  const documents = createDocumentService({
    templates,
    grants,
    now,
    appVersion: options.appVersion,
    onTouched: (path, plan) => {
      settings.addRecent(path, planTitle(plan), now());
      settings.rememberPlan(plan.id, path);
    },
  });
  return {
    templates,
    grants,
    settings,
    documents,
    exports: createExportService({ grants, now, printer: options.printer }),
    preview: createPreviewService(options.printer),
    recovery: createRecoveryStore({ dir: options.recoveryDir, instanceId: options.instanceId ?? randomUUID(), now }),
    agencies,
    tracking: createTrackingService({ agencies, documents, now, received: options.received }),
    received: options.received,
    startWarnings: [...options.settings.warnings, ...options.agencies.warnings],
  };
}
