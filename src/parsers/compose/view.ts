import type { Scalar, YAMLMap } from 'yaml';
import type { SourceFile } from '../../core/source.js';
import type { YamlFile } from '../yaml/parse.js';

/** One entry of a Compose file's top-level `services:`. */
export interface ComposeService {
  name: string;
  /** The service's key (`web:`): where "missing field" findings point. */
  nameNode: Scalar;
  /** The service's map (merge keys `<<: *defaults` are followed by the YAML layer's `get`). */
  node: YAMLMap;
  /** The `image:` value, when it is a scalar. */
  image?: Scalar;
  /** The service has a `build:` section: its `image:` names the image built here, not one pulled. */
  builds: boolean;
}

export interface ComposeView {
  file: SourceFile;
  yaml: YamlFile;
  services: ComposeService[];
}
