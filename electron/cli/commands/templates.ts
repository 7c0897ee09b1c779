import { systemLabel } from '../../../shared/format';
import { JSON_OPTION, flag, type Command } from '../command';

export const templatesCommand: Command = {
  options: JSON_OPTION,
  async run(args, io) {
    const list = await io.templates.list();
    if (flag(args, 'json')) io.out(JSON.stringify(list, null, 2));
    else for (const t of list) io.out(`${t.id}\t${systemLabel(t.system)}\t${t.name}`);
    return 0;
  },
};
