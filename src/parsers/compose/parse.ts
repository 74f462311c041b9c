import { isMap, isScalar } from 'yaml';
import type { SourceFile } from '../../core/source.js';
import type { ParsedFile } from '../registry.js';
import { get, pairs, parseYaml, resolveAlias, type YamlFile } from '../yaml/parse.js';
import type { ComposeService, ComposeView } from './view.js';

/**
 * The services of every document of a Compose file (`services:` entries that are maps). A
 * document without `services:` is the legacy v1 format, where services are top-level keys:
 * there, only top-level maps with an `image:` or a `build:` are taken as services.
 */
export function parseCompose(file: SourceFile, yaml: YamlFile = parseYaml(file)): ParsedFile {
  const view: ComposeView = { file, yaml, services: [] };
  for (const document of yaml.documents) {
    const root = resolveAlias(document.contents);
    const services = get(root, 'services');
    const legacy = services === undefined;
    for (const pair of pairs(legacy ? root : services)) {
      const node = resolveAlias(pair.value);
      if (!isMap(node)) continue;
      if (legacy && !isServiceMap(node)) continue;
      const image = get(node, 'image');
      const service: ComposeService = {
        name: String(pair.key.value),
        nameNode: pair.key,
        node,
        image: isScalar(image) ? image : undefined,
        builds: get(node, 'build') !== undefined,
      };
      view.services.push(service);
    }
  }
  return { view, errors: [...yaml.errors] };
}

/**
 * Compose by content (for files not named compose*.yml): a top-level `services:` map whose
 * entries have an `image:` or a `build:`. Other YAML with a `services` key is not Compose.
 */
export function looksLikeCompose(contents: unknown): boolean {
  const services = get(resolveAlias(contents), 'services');
  return pairs(services).some((p) => isServiceMap(resolveAlias(p.value)));
}

function isServiceMap(node: unknown): boolean {
  return isMap(node) && (get(node, 'image') !== undefined || get(node, 'build') !== undefined);
}
