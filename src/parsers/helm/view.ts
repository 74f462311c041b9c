import type { Node, Scalar } from 'yaml';
import type { SourceFile } from '../../core/source.js';
import type { YamlFile } from '../yaml/parse.js';

/** An image setting in a chart's values: `image: repo:tag` or `image: { repository, tag, digest }`. */
export interface HelmImage {
  /** Dotted path of the `image` key, e.g. `image` or `backend.image`. */
  path: string;
  /** The `image:` value node. */
  node: Node;
  /** For `image: "repo:tag"`. */
  reference?: Scalar;
  /** For the map form: its `tag` value node when written. */
  tag?: Scalar;
  /** For the map form: a non-empty digest pins the image whatever the tag. */
  digest?: string;
  /** For the map form: `repository` (or `name`) value. */
  repository?: string;
}

/** A chart's `values.yaml` (a file next to a `Chart.yaml`). */
export interface HelmValuesView {
  file: SourceFile;
  yaml: YamlFile;
  images: HelmImage[];
}
