import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { SourceFile } from '../../core/source.js';
import type { ParsedFile } from '../registry.js';
import { get, pairs, parseYaml, resolveAlias, scalarString, type YamlFile } from '../yaml/parse.js';
import type { HelmImage, HelmValuesView } from './view.js';

/** Nesting deeper than this in a values file is not followed (values files are shallow). */
const MAX_DEPTH = 30;

/** Every `image:` setting of a chart's values files, at any depth (subcharts, components). */
export function parseHelmValues(file: SourceFile, yaml: YamlFile = parseYaml(file)): ParsedFile {
  const view: HelmValuesView = { file, yaml, images: [] };
  for (const document of yaml.documents) walk(document.contents, '', view.images, 0);
  return { view, errors: [...yaml.errors] };
}

function walk(node: unknown, path: string, out: HelmImage[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  // Aliases are not followed: the anchored node is visited where it is written.
  if (isSeq(node)) {
    node.items.forEach((item, i) => walk(item, `${path}[${i}]`, out, depth + 1));
    return;
  }
  if (!isMap(node)) return;
  for (const pair of pairs(node)) {
    const key = String(pair.key.value);
    const childPath = path ? `${path}.${key}` : key;
    const value = pair.value as Node | null;
    if (key === 'image' && value) {
      const image = imageSetting(childPath, value);
      if (image) {
        out.push(image);
        continue;
      }
    }
    walk(value, childPath, out, depth + 1);
  }
}

function imageSetting(path: string, node: Node): HelmImage | undefined {
  if (isScalar(node) && typeof node.value === 'string') return { path, node, reference: node };
  const map = resolveAlias(node);
  if (!isMap(map)) return undefined;
  const repository = scalarString(get(map, 'repository')) ?? scalarString(get(map, 'name'));
  const tag = get(map, 'tag');
  if (repository === undefined && tag === undefined) return undefined;
  return { path, node, repository, tag: isScalar(tag) ? tag : undefined, digest: scalarString(get(map, 'digest')) || undefined };
}
