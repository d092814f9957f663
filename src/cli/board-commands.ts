// `lnhs board add|remove` (issue 13 item 5) and `lnhs monitoring init` (issue 16), registered here
// to keep main.ts short; each command itself is loaded only when run (src/cli/commands/).
import { Option, type Command } from 'commander';
import type { CommandContext } from './context.js';
import type { HelpKey } from './help.js';

export interface Registrar {
  h: (key: HelpKey) => string;
  action: <A extends unknown[]>(fn: (ctx: CommandContext, ...args: A) => Promise<number>) => (...args: A) => Promise<void>;
  configure: (cmd: Command) => Command;
}

export function addBoardCommands(program: Command, { h, action, configure }: Registrar): void {
  const board = configure(program.command('board').description(h('board')));
  configure(
    board
      .command('add')
      .argument('<id>', h('board.id'))
      .argument('<name>', h('board.name'))
      .argument('[dir]', h('arg.dir'))
      .description(h('board.add'))
      .addOption(new Option('--schema <where>', h('opt.schema')).choices(['url', 'local']).default('url'))
      .addHelpText('after', h('board.example'))
      .action(
        action(async (c, id: string, name: string, dir: string | undefined, opts: { schema?: 'url' | 'local' }) => {
          const { boardAddCommand } = await import('./commands/board.js');
          return boardAddCommand(id, name, dir, opts, c);
        }),
      ),
  );
  configure(
    board
      .command('remove')
      .argument('<id>', h('board.id'))
      .argument('[dir]', h('arg.dir'))
      .description(h('board.remove'))
      .option('--force', h('board.force'))
      .addHelpText('after', h('board.example'))
      .action(
        action(async (c, id: string, dir: string | undefined, opts: { force?: boolean }) => {
          const { boardRemoveCommand } = await import('./commands/board.js');
          return boardRemoveCommand(id, dir, opts, c);
        }),
      ),
  );
}

/** `lnhs monitoring init` (issue 16); the command is loaded only when run. */
export function addMonitoringCommands(program: Command, { h, action, configure }: Registrar): void {
  const monitoring = configure(program.command('monitoring').description(h('monitoring')));
  configure(
    monitoring
      .command('init')
      .argument('[dir]', h('arg.dir'))
      .description(h('monitoring.init'))
      .requiredOption('--year <year>', h('monitoring.year'))
      .option('--force', h('monitoring.force'))
      .addOption(new Option('--schema <where>', h('opt.schema')).choices(['url', 'local']).default('url'))
      .addHelpText('after', h('monitoring.example'))
      .action(
        action(async (c, dir: string | undefined, opts: { year?: string; force?: boolean; schema?: 'url' | 'local' }) => {
          const { monitoringInitCommand } = await import('./commands/monitoring.js');
          return monitoringInitCommand(dir, opts, c);
        }),
      ),
  );
}
