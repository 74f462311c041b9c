import type { ShellAssignment, ShellCommand, ShellWord } from './types.js';

/** How to read the arguments of a command that runs another command. */
interface Wrapper {
  /** Options whose value is the next argument (`sudo -u root …`). */
  optionsWithValue: readonly string[];
  /** `env A=1 cmd` and `sudo A=1 cmd` set variables for the command they run. */
  takesAssignments?: boolean;
  /** Plain operands before the command (`timeout 60 cmd`). */
  operandsBeforeCommand?: number;
  /** An option that makes the wrapper look the command up instead of running it. */
  lookupOnly?: readonly string[];
}

const WRAPPERS: Record<string, Wrapper> = {
  sudo: {
    optionsWithValue: ['-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-U', '-T', '--user', '--group',
      '--chdir', '--host', '--prompt', '--role', '--type', '--other-user', '--close-from', '--command-timeout'],
    takesAssignments: true,
    lookupOnly: ['-l', '--list', '-v', '--validate', '-k', '-K', '-e', '--edit'],
  },
  doas: { optionsWithValue: ['-u', '-C'] },
  env: { optionsWithValue: ['-u', '--unset', '-C', '--chdir'], takesAssignments: true },
  time: { optionsWithValue: ['-f', '--format', '-o', '--output'] },
  exec: { optionsWithValue: ['-a'] },
  command: { optionsWithValue: [], lookupOnly: ['-v', '-V'] },
  nohup: { optionsWithValue: [] },
  nice: { optionsWithValue: ['-n', '--adjustment'] },
  timeout: { optionsWithValue: ['-s', '--signal', '-k', '--kill-after'], operandsBeforeCommand: 1 },
};

const ASSIGNMENT_WORD = /^([A-Za-z_][A-Za-z0-9_]*)=/;

/**
 * The command that actually runs, past wrappers such as `sudo`, `env A=1`, `time`, `exec`,
 * `command`, `nohup`, `nice` and `timeout` (nested ones too). Variables set through `env`/`sudo`
 * are added to `assignments`. A wrapper with nothing to run (`sudo -l`, `command -v x`, bare
 * `env`) is returned as it is; so is any command that is not a wrapper.
 */
export function effectiveCommand(command: ShellCommand): ShellCommand {
  let current = command;
  for (let depth = 0; depth < 8; depth++) {
    const unwrapped = unwrapOnce(current);
    if (!unwrapped) return current;
    current = unwrapped;
  }
  return current;
}

function unwrapOnce(command: ShellCommand): ShellCommand | undefined {
  const wrapper = command.name.value === undefined ? undefined : WRAPPERS[basename(command.name.value)];
  if (!wrapper) return undefined;
  const { args } = command;
  const assignments = [...command.assignments];
  let i = 0;
  while (i < args.length) {
    const value = args[i]!.value;
    if (value === undefined) break; // an expansion: most likely the command itself
    if (value === '--') {
      i++;
      break;
    }
    if (value.startsWith('-') && value !== '-') {
      if (wrapper.lookupOnly?.includes(value)) return undefined;
      i += wrapper.optionsWithValue.includes(value) ? 2 : 1;
      continue;
    }
    const assignment = wrapper.takesAssignments ? assignmentFromWord(args[i]!) : undefined;
    if (!assignment) break;
    assignments.push(assignment);
    i++;
  }
  i += wrapper.operandsBeforeCommand ?? 0;
  const name = args[i];
  if (!name) return undefined;
  return { name, args: args.slice(i + 1), assignments, start: command.start, end: command.end };
}

/** `A=1` given as an argument (to env or sudo), with the value's own span when it can be known. */
function assignmentFromWord(word: ShellWord): ShellAssignment | undefined {
  const match = word.value === undefined ? ASSIGNMENT_WORD.exec(word.text) : ASSIGNMENT_WORD.exec(word.value);
  if (!match) return undefined;
  const name = match[1]!;
  const prefixIsPlain = word.text.startsWith(match[0]);
  const valueStart = prefixIsPlain ? word.start + match[0].length : word.start;
  const value: ShellWord = {
    text: prefixIsPlain ? word.text.slice(match[0].length) : word.text,
    start: valueStart,
    end: word.end,
  };
  if (word.value !== undefined) value.value = word.value.slice(match[0].length);
  return { name, value, start: word.start, end: word.end };
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
