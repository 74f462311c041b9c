import { mayNeedShellAnalysis } from '../../checks/shell-hints.js';
import type { ParseError } from '../types.js';
import type { DockerfileView } from './view.js';

/**
 * Parses the shell of RUN instructions that mention a tool a shell-aware rule checks. The
 * shell parser (WebAssembly) is loaded only when such a script exists, so a typical one-file
 * run does not pay for it. A script that does not parse is reported once, as a note.
 */
export async function parseRunScripts(view: DockerfileView): Promise<ParseError[]> {
  const scripts = view.runScripts.filter((s) => mayNeedShellAnalysis(s.text));
  if (scripts.length === 0) return [];
  const { loadShellParser, parseShell } = await import('../shell/index.js');
  await loadShellParser();
  const errors: ParseError[] = [];
  for (const script of scripts) {
    script.shell = parseShell(script.text);
    if (script.shell.error) {
      const at = script.offset + script.shell.error.offset;
      errors.push({
        message: `the RUN script could not be parsed as shell (${script.shell.error.message}); shell checks skipped it`,
        range: view.file.range(at, at + 1),
        ruleId: 'infralint/unparsed-script',
      });
    }
  }
  return errors;
}
