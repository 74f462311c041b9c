// A custom rule as a JS module: `apt-get upgrade` in a Dockerfile makes builds unreproducible.
import { defineRule } from 'infralint';

export default defineRule({
  meta: {
    id: 'acme/no-apt-upgrade',
    artifact: 'dockerfile',
    policy: 'immutable-images',
    level: 'warning',
    docs: {
      summary: 'RUN must not upgrade all packages',
      rationale: '`apt-get upgrade` pulls whatever is newest at build time, so two builds of one commit differ.',
      remediation: 'Pin the base image by digest and install pinned package versions instead.',
    },
    messages: { upgrade: '`{{command}}` upgrades every package at build time; pin versions instead' },
  },
  check(view, ctx) {
    for (const instruction of view.instructions) {
      if (instruction.keyword !== 'RUN') continue;
      const words = instruction.args.map((a) => a.value);
      const i = words.findIndex((w, n) => (w === 'apt-get' || w === 'apt') && words[n + 1] === 'upgrade');
      if (i >= 0) {
        const command = `${words[i]} upgrade`;
        ctx.report({ messageId: 'upgrade', data: { command }, at: ctx.file.range(instruction.args[i].range.start.offset, instruction.args[i + 1].range.end.offset) });
      }
    }
  },
});
