// The questions of `lnhs init` (issue 4 item 1). Only the questions whose answers are missing
// are asked; each is checked with the same function that checks its flag. The prompts go
// through a `PromptDriver`, the subset of @inquirer/prompts used here, so tests can answer
// them directly or drive the real prompts through streams.
import type { Locale } from '../messages/index.js';
import type { Lang, PlanKind } from '../model/types.js';
import {
  COMMON_BOARDS,
  defaultPeriod,
  formatPeriod,
  parseBoard,
  parseMunicipalities,
  parseOptionalText,
  parsePeriod,
  type BoardAnswer,
  type InitAnswers,
} from './answers.js';
import { initText, type InitMessageId } from './messages.js';

export interface PromptChoice<V> {
  name: string;
  value: V;
  description?: string;
  checked?: boolean;
}

export interface InputConfig {
  message: string;
  default?: string;
  validate?: (value: string) => boolean | string;
}

export interface SelectConfig<V> {
  message: string;
  choices: readonly PromptChoice<V>[];
  default?: V;
  pageSize?: number;
}

export interface CheckboxConfig<V> {
  message: string;
  choices: readonly PromptChoice<V>[];
  pageSize?: number;
  validate?: (selected: readonly { value: V }[]) => boolean | string;
}

export interface ConfirmConfig {
  message: string;
  default?: boolean;
}

/** The shape of the @inquirer/prompts functions that `init` uses. */
export interface PromptDriver {
  input(config: InputConfig): Promise<string>;
  select<V>(config: SelectConfig<V>): Promise<V>;
  checkbox<V>(config: CheckboxConfig<V>): Promise<V[]>;
  confirm(config: ConfirmConfig): Promise<boolean>;
}

/** Answers known before asking: from flags, already checked. */
export interface KnownAnswers {
  municipalities?: string[];
  kind?: PlanKind;
  county?: string;
  period?: { start: number; end: number };
  language?: Lang;
  boards?: BoardAnswer[];
}

const OTHER = '\u0000other';

/** The value of a check that the prompt has already passed (a driver that skips validation fails here). */
function must<T>(result: { value?: T; error?: string }): T {
  if (result.error !== undefined) throw new Error(result.error);
  return result.value as T;
}

/** Ask for what `known` lacks and return the complete answers. */
export async function askAnswers(known: KnownAnswers, prompts: PromptDriver, locale: Locale, now: Date): Promise<InitAnswers> {
  const text = (id: InitMessageId) => initText(id, locale);
  const check = <T>(result: { value?: T; error?: string }) => result.error ?? true;

  const municipalities =
    known.municipalities ??
    must(
      parseMunicipalities(
        [await prompts.input({ message: text('ask.municipalities'), validate: (v) => check(parseMunicipalities([v], locale)) })],
        locale,
      ),
    );

  const kind =
    known.kind ??
    (await prompts.select<PlanKind>({
      message: text('ask.kind'),
      choices: (['municipality', 'county', 'joint'] as const).map((value) => ({ value, name: text(`ask.kind.${value}`) })),
      // several municipalities usually make a plan together with their county
      default: municipalities.length > 1 ? 'joint' : 'municipality',
    }));

  let county = known.county;
  if (county === undefined && kind !== 'municipality') {
    county = must(
      parseOptionalText(
        await prompts.input({ message: text('ask.county'), validate: (v) => check(parseOptionalText(v, locale)) }),
        locale,
      ),
    );
  }

  const period =
    known.period ??
    must(
      parsePeriod(
        await prompts.input({
          message: text('ask.period'),
          default: formatPeriod(defaultPeriod(now)),
          validate: (v) => check(parsePeriod(v, locale, now)),
        }),
        locale,
        now,
      ),
    );

  const language =
    known.language ??
    (await prompts.select<Lang>({
      message: text('ask.language'),
      choices: [
        { value: 'fi', name: 'fi – suomi' },
        { value: 'sv', name: 'sv – svenska' },
        { value: 'en', name: 'en – English' },
      ],
      default: 'fi',
    }));

  const boards = known.boards ?? (await askBoards(prompts, locale));

  const answers: InitAnswers = { municipalities, kind, period, language, boards };
  if (county !== undefined) answers.county = county;
  return answers;
}

async function askBoards(prompts: PromptDriver, locale: Locale): Promise<BoardAnswer[]> {
  const text = (id: InitMessageId) => initText(id, locale);
  const picked = await prompts.checkbox<string>({
    message: text('ask.boards'),
    choices: [
      ...COMMON_BOARDS.map((b) => ({ value: b.id, name: `${b.name} (${b.id})` })),
      { value: OTHER, name: text('ask.boards.other') },
    ],
    pageSize: COMMON_BOARDS.length + 1,
    validate: (selected) => selected.length > 0 || text('ask.boards.none'),
  });
  const boards = COMMON_BOARDS.filter((b) => picked.includes(b.id)).map((b) => ({ ...b }));
  if (!picked.includes(OTHER)) return boards;
  for (;;) {
    const answer = await prompts.input({
      message: text('ask.board'),
      validate: (v) => {
        const board = parseBoard(v, locale);
        if (board.error !== undefined) return board.error;
        if (boards.some((b) => b.id === board.value.id)) {
          return initText('invalid.boardDuplicate', locale, { id: board.value.id });
        }
        return true;
      },
    });
    boards.push(must(parseBoard(answer, locale)));
    if (!(await prompts.confirm({ message: text('ask.board.more'), default: false }))) return boards;
  }
}
