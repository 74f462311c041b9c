import type { ArtifactKind } from '../core/artifacts.js';
import type { SourceFile } from '../core/source.js';
import type { ParseError } from './types.js';
import type { YamlFile } from './yaml/parse.js';

export interface ParsedFile {
  /** Undefined when nothing could be understood (then only the errors are reported). */
  view?: unknown;
  errors: ParseError[];
}

export type Parser = (file: SourceFile, yaml?: YamlFile) => ParsedFile | Promise<ParsedFile>;

/**
 * Loads the parser of one artifact kind on first use, so a one-file run only pays for the
 * parser it needs. Returns undefined for kinds that have no parser yet.
 */
const loaders: Partial<Record<ArtifactKind, () => Promise<Parser>>> = {
  dockerfile: async () => {
    const { parseDockerfile } = await import('./dockerfile/parse.js');
    const { parseRunScripts } = await import('./dockerfile/run-scripts.js');
    return async (file) => {
      const parsed = parseDockerfile(file);
      parsed.errors.push(...(await parseRunScripts(parsed.view)));
      return parsed;
    };
  },
  generic: async () => (await import('./generic.js')).parseGeneric,
  kubernetes: async () => (await import('./kubernetes/parse.js')).parseKubernetes,
  compose: async () => (await import('./compose/parse.js')).parseCompose,
  helm: async () => (await import('./helm/parse.js')).parseHelmValues,
  'github-actions': async () => (await import('./github-actions/parse.js')).parseGithubActions,
  'gitlab-ci': async () => (await import('./gitlab-ci/parse.js')).parseGitlabCi,
  terraform: async () => {
    const { loadHclParser, parseHcl } = await import('./terraform/index.js');
    await loadHclParser();
    return parseHcl;
  },
};

const cache = new Map<ArtifactKind, Promise<Parser | undefined>>();

export function loadParser(kind: ArtifactKind): Promise<Parser | undefined> {
  let parser = cache.get(kind);
  if (!parser) {
    const load = loaders[kind];
    parser = load ? load() : Promise.resolve(undefined);
    cache.set(kind, parser);
  }
  return parser;
}
