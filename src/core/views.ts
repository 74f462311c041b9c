import type { ArtifactKind } from './artifacts.js';
import type { DockerfileView } from '../parsers/dockerfile/view.js';
import type { GithubActionsView } from '../parsers/github-actions/view.js';
import type { GitlabCiView } from '../parsers/gitlab-ci/view.js';
import type { TerraformView } from '../parsers/terraform/view.js';
import type { GenericView } from '../parsers/generic.js';
import type { KubernetesView } from '../parsers/kubernetes/view.js';
import type { ComposeView } from '../parsers/compose/view.js';
import type { HelmValuesView } from '../parsers/helm/view.js';

/**
 * What a rule of each artifact kind receives. Each parser owns its view type; packs that are
 * not built yet map to `never` so no rule can be written against them by mistake.
 */
export interface ViewMap extends Record<ArtifactKind, unknown> {
  dockerfile: DockerfileView;
  kubernetes: KubernetesView;
  compose: ComposeView;
  helm: HelmValuesView;
  terraform: TerraformView;
  'github-actions': GithubActionsView;
  'gitlab-ci': GitlabCiView;
  generic: GenericView;
}
