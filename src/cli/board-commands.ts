// `lnhs board add|remove` (issue 13 item 5), registered here to keep main.ts short; the command
// itself is loaded only when run (src/cli/commands/board.ts).
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
