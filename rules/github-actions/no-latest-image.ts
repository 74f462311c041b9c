import { judgeCiImage } from '../../src/checks/ci-images.js';
import { defineRule } from '../../src/core/rule.js';
import type { Located } from '../../src/core/source.js';
import { usesOf } from '../../src/parsers/github-actions/uses.js';
import { scalarText } from '../../src/parsers/yaml/scalar-offsets.js';

/** Job containers, service containers and `docker://` steps on an untagged or `:latest` image. */
export default defineRule({
  meta: {
    id: 'github-actions/no-latest-image',
    artifact: 'github-actions',
    policy: 'immutable-images',
    level: 'error',
    securitySeverity: 5.0,
    security: true,
    precision: 'very-high',
    docs: {
      summary: 'Job containers, services and docker:// steps must not use untagged or :latest images',
      rationale:
        'An untagged image means `:latest`, which points at whatever was pushed last: two runs of the same commit can test or deploy with different images, and a compromised push reaches your pipeline silently. Only image references are checked (`jobs.*.container`, `jobs.*.services.*.image`, `uses: docker://…`); words like `runs-on: ubuntu-latest` are runner labels, not images.',
      remediation: 'Pin a version tag (`postgres:16.2`), better a digest (`postgres:16.2@sha256:…`).',
    },
    messages: {
      untagged: '{{what}} image `{{image}}` has no tag, so it pulls :latest, which changes without notice; pin a version tag or a digest',
      latest: '{{what}} image `{{image}}` uses the mutable :latest tag; pin a version tag or a digest (@sha256:…)',
    },
  },
  check(view, ctx) {
    const judge = (token: Located, text: string, startInFile: (offset: number) => number, what: string, key: string) => {
      const verdict = judgeCiImage(text);
      if (!verdict || (verdict.pinning !== 'untagged' && verdict.pinning !== 'latest')) return;
      const at = verdict.pinning === 'latest' && verdict.tag
        ? ctx.file.range(startInFile(verdict.tag.start), startInFile(verdict.tag.end - 1) + 1)
        : token;
      ctx.report({ messageId: verdict.pinning, data: { what, image: text }, at, key });
    };
    for (const job of view.jobs) {
      const images = [...(job.container ? [job.container] : []), ...job.services];
      for (const use of images) {
        const text = scalarText(ctx.file.text, use.image.node);
        const what = use.role === 'container' ? `job \`${job.id}\` container` : `service \`${use.name}\``;
        judge(use.image, text.value, text.toFile, what, `${job.id}/${use.role}:${use.name ?? ''}`);
      }
    }
    for (const { uses, owner } of usesOf(view)) {
      if (uses.kind !== 'docker' || uses.image === undefined || uses.imageOffset === undefined) continue;
      const base = uses.imageOffset;
      judge(uses, uses.image, (o) => base + o, `step \`${uses.raw}\``, `${owner}:docker`);
    }
  },
});
