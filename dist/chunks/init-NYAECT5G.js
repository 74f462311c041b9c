import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  UsageError
} from "./chunk-TFWDBRY5.js";
import "./chunk-27OXTBH3.js";

// src/cli/init.ts
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
var STARTER = `# infralint configuration. Reference: https://github.com/infralint/infralint#configuration
# Levels: off | note | warning | error. Precedence, lowest first: rule defaults < extends <
# rules below < matching overrides < --rule flags on the command line.

# Presets: recommended (the defaults) or strict (every rule at least a warning).
# npm packages that ship an infralint.yaml can be extended too.
extends: recommended

rules:
  # Turn a rule off, or change its level:
  # dockerfile/image-not-pinned-by-digest: off
  # kubernetes/missing-cpu-limit: error

# Paths never scanned (globs; a glob without / matches at any depth).
ignore:
  # - vendor/**
  # - "*.generated.yaml"

# Different settings for some paths.
overrides:
  # - files: ["dev/**", "examples/**"]
  #   rules:
  #     dockerfile/run-as-non-root: warning

# Your own policies: YAML files (or inline), compiled into rules like the built-ins.
policies:
  # - policies/require-team-label.yaml

# JS modules exporting rules made with defineRule (they run code: the GitHub Action loads
# them only with allow-plugins: true).
plugins:
  # - policies/no-public-buckets.js

# Inline exceptions, in any file with comments:
#   # infralint-ignore <rule-id> [until=YYYY-MM-DD] -- <reason>
`;
function init(dir) {
  const path = join(dir, ".infralint.yaml");
  if (existsSync(path)) throw new UsageError(`${path} already exists; not overwriting it`);
  writeFileSync(path, STARTER);
  return path;
}
export {
  init
};
