/** One shell word as written in the script. Offsets are UTF-16 indices into the parsed script. */
export interface ShellWord {
  /** The source text, quotes and all. */
  text: string;
  /**
   * The literal value after quote removal (`"-auto-approve"` → `-auto-approve`); undefined when
   * the word contains an expansion (`$X`, `${X}`, `$(…)`, `$((…))`), whose value is unknown here.
   */
  value?: string;
  start: number;
  end: number;
}

/** A `NAME=value` prefix of a command, as in `TF_CLI_ARGS_apply=-auto-approve terraform apply`. */
export interface ShellAssignment {
  name: string;
  value: ShellWord;
  start: number;
  end: number;
}

/** A simple command: prefix assignments, a name and its arguments (redirections left out). */
export interface ShellCommand {
  name: ShellWord;
  args: ShellWord[];
  assignments: ShellAssignment[];
  start: number;
  end: number;
}

export interface ShellParseError {
  message: string;
  /** Offset of the first place the parser could not make sense of. */
  offset: number;
}

export interface ShellParse {
  /** Every simple command found, in source order, including those nested in other constructs. */
  commands: ShellCommand[];
  /** Set when the script has a syntax error; `commands` then holds what could be recovered. */
  error?: ShellParseError;
}

export type ShellDialect = 'bash' | 'posix';

export interface ShellParseOptions {
  /**
   * The grammar is bash, a superset of POSIX sh for every construct a CI script uses, so both
   * dialects parse the same way today; the option records the caller's intent.
   */
  dialect?: ShellDialect;
}
