// The layer rules (eslint.layers.mjs) really fail: each fixture below is linted with the
// project's own ESLint configuration as if it were a file in that folder. A forbidden import must
// be reported by `boundaries/dependencies`; an allowed one must lint clean, so the rule is not
// simply failing everything.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

interface Fixture {
  /** Where the fixture pretends to live (its folder exists; the file does not). */
  file: string;
  /** One import statement. */
  source: string;
}

const FORBIDDEN: Fixture[] = [
  { file: 'main/core/layer-fixture.ts', source: "import '../../renderer/src/api';" },
  { file: 'main/core/layer-fixture.ts', source: "import '../electron/app';" },
  { file: 'main/core/layer-fixture.ts', source: "import '../web/server';" },
  { file: 'main/core/layer-fixture.ts', source: "import '../shared/csp';" },
  { file: 'main/core/layer-fixture.ts', source: "import '../../e2e/fixtures';" },
  { file: 'main/core/layer-fixture.ts', source: "import 'electron';" },
  { file: 'main/core/layer-fixture.ts', source: "import 'react';" },
  { file: 'common/layer-fixture.ts', source: "import '../main/core/journal';" },
  { file: 'common/layer-fixture.ts', source: "import 'node:fs';" },
  { file: 'common/layer-fixture.ts', source: "import 'better-sqlite3';" },
  { file: 'renderer/src/layer-fixture.ts', source: "import type { Journal } from '../../main/core/journal';\nexport type J = Journal;" },
  { file: 'renderer/src/layer-fixture.ts', source: "import '../../preload/bridge';" },
  { file: 'renderer/src/layer-fixture.ts', source: "import 'node:fs';" },
  { file: 'renderer/src/layer-fixture.ts', source: "import 'electron';" },
  { file: 'preload/layer-fixture.ts', source: "import '../main/core/journal';" },
  { file: 'preload/layer-fixture.ts', source: "import 'node:fs';" },
  { file: 'main/web/layer-fixture.ts', source: "import '../electron/app';" },
  { file: 'main/web/layer-fixture.ts', source: "import 'electron';" },
  { file: 'main/electron/layer-fixture.ts', source: "import '../web/server';" },
  { file: 'main/cli/layer-fixture.ts', source: "import '../web/server';" },
  { file: 'main/cli/layer-fixture.ts', source: "import 'electron';" },
  { file: 'main/shared/layer-fixture.ts', source: "import '../web/server';" },
  { file: 'main/core/layer-fixture.ts', source: "import 'vitest';" },
];

const ALLOWED: Fixture[] = [
  { file: 'main/core/layer-fixture.ts', source: "import '../../common/contract';" },
  { file: 'main/core/layer-fixture.ts', source: "import 'better-sqlite3';\nimport 'node:fs';\nimport 'zod';" },
  { file: 'main/core/jobs/layer-fixture.ts', source: "import '../journal';\nimport '../../../common/contract';" },
  { file: 'main/core/layer-fixture.test.ts', source: "import 'vitest';\nimport '../../scripts/build.mjs';" },
  { file: 'main/electron/layer-fixture.ts', source: "import 'electron';\nimport '../core/journal';\nimport '../shared/csp';" },
  { file: 'main/web/layer-fixture.ts', source: "import 'node:http';\nimport '../core/journal';\nimport '../shared/static-files';" },
  { file: 'main/cli/layer-fixture.ts', source: "import '../core/journal';\nimport '../../common/vocabulary';" },
  { file: 'preload/layer-fixture.ts', source: "import 'electron';\nimport '../common/shell-api';" },
  { file: 'renderer/src/layer-fixture.ts', source: "import 'react';\nimport '@tiptap/react';\nimport '../../common/contract';" },
  { file: 'common/layer-fixture.ts', source: "import 'zod';\nimport './vocabulary';" },
];

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

async function layerErrors({ file, source }: Fixture): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\n`, { filePath: join(ROOT, file) });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('the layer rules', () => {
  it.each(FORBIDDEN)('reject $source in $file', async (fixture) => {
    const errors = await layerErrors(fixture);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^boundaries\/dependencies: There is no policy allowing dependencies/);
  }, 60_000);

  it.each(ALLOWED)('accept $source in $file', async (fixture) => {
    expect(await layerErrors(fixture)).toEqual([]);
  }, 60_000);
});
