import type { Located, Range, SourceFile } from '../../core/source.js';
import type { ShellParse } from '../shell/types.js';

/** A piece of text from the Dockerfile with its exact range. */
export interface DockerToken extends Located {
  value: string;
}

export interface DockerInstruction extends Located {
  /** Upper-cased keyword: FROM, RUN, USER, … */
  keyword: string;
  keywordRange: Range;
  /** Arguments after flags, as written (quotes kept). */
  args: DockerToken[];
  /** `--name=value` flags such as `--platform` or `--mount`. */
  flags: { name: string; value?: DockerToken; range: Range }[];
  /** `KEY=value` pairs of ENV, ARG and LABEL. */
  properties: DockerProperty[];
  /** The stage the instruction belongs to; undefined for ARGs before the first FROM. */
  stage?: DockerStage;
}

export interface DockerProperty {
  name: DockerToken;
  /** Undefined for `ARG NAME` without a default. */
  value?: DockerToken;
}

/** Shell-form script of a RUN (continuations kept so offsets map 1:1 to the file). */
export interface DockerRunScript {
  instruction: DockerInstruction;
  text: string;
  /** Offset in the file of the script's first character. */
  offset: number;
  /**
   * The parsed commands, for scripts that name a tool a shell-aware rule looks at (see
   * run-scripts.ts); undefined otherwise, so most builds never load the shell parser.
   */
  shell?: ShellParse;
}

export interface DockerStage extends Located {
  index: number;
  from: DockerInstruction;
  /** The image argument of FROM as written (may contain `$VARS`). */
  image?: DockerToken;
  /**
   * The image after substituting ARG defaults; undefined when a variable has no value we can
   * know statically (then rules say nothing: cannot tell is not a finding).
   */
  resolvedImage?: string;
  /** The `AS name` token. */
  name?: DockerToken;
  /** Set when FROM names an earlier stage instead of an image. */
  baseStage?: DockerStage;
  instructions: DockerInstruction[];
}

export interface DockerfileView {
  kind: 'dockerfile';
  file: SourceFile;
  instructions: DockerInstruction[];
  /** ARG instructions before the first FROM. */
  globalArgs: DockerInstruction[];
  stages: DockerStage[];
  runScripts: DockerRunScript[];
}

export function finalStage(view: DockerfileView): DockerStage | undefined {
  return view.stages[view.stages.length - 1];
}
