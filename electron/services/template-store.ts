/** The template gallery: one validated JSON file per template in the `templates/` folder. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getProfile } from '../../shared/format';
import { formatIssuePath, normalizeNfc, vietnameseErrors } from '../../shared/model';
import { TemplateSchema, type Template, type TemplateSummary } from '../../shared/template';
import { readText } from './files';
import { UserError } from './user-error';

export const DEFAULT_TEMPLATE_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));
/** The starting agency directory shares the folder but is not a template. */
export const AGENCIES_FILE_NAME = 'agencies.json';

export interface TemplateStore {
  list(): Promise<TemplateSummary[]>;
  get(id: string): Promise<Template>;
}

export function summarizeTemplate(template: Template): TemplateSummary {
  return {
    id: template.id,
    name: template.name,
    description: template.description,
    system: getProfile(template.document.profile).system,
    profile: template.document.profile,
  };
}

async function loadTemplate(path: string): Promise<Template> {
  let value: unknown;
  try {
    value = JSON.parse(await readText(path));
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`Mẫu "${path}" không phải JSON hợp lệ.`);
  }
  const result = TemplateSchema.safeParse(normalizeNfc(value), { error: vietnameseErrors });
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new UserError(`Mẫu "${path}" không hợp lệ ở trường "${formatIssuePath(issue?.path ?? [])}": ${issue?.message ?? ''}`);
  }
  return result.data;
}

export function createTemplateStore(dir: string = DEFAULT_TEMPLATE_DIR): TemplateStore {
  const all = async (): Promise<Template[]> => {
    const names = (await readdir(dir)).filter((n) => n.endsWith('.json') && n !== AGENCIES_FILE_NAME).sort();
    return Promise.all(names.map((name) => loadTemplate(join(dir, name))));
  };
  return {
    async list() {
      return (await all()).map(summarizeTemplate);
    },
    async get(id) {
      const template = (await all()).find((t) => t.id === id);
      if (template === undefined) {
        const ids = (await all()).map((t) => t.id).join(', ');
        throw new UserError(`Không có mẫu "${id}". Các mẫu hiện có: ${ids}.`);
      }
      return template;
    },
  };
}
