// Help texts: `agent-merge --help` and each command's `--help`.

export const MAIN_HELP = `agent-merge: find the variants of an AI agent definition, compare them and merge them.

Usage:
  agent-merge scan <folder> [--json]          list agent files, their variants groups and suggestions
  agent-merge diff <file> <file>... [--json]  compare variants key by key and section by section
  agent-merge merge <file>... (--take <n> | --recipe <file>) [-o <out>] [--print-recipe] [--force]
                                              write one merged definition
  agent-merge check <file|folder>... [--json] report problems (exit 1 when there are errors)
  agent-merge check --duplicates <folder> [--json]
                                              names defined more than once (exit 1 when any)
  agent-merge consolidate <folder> [--policy <p>] [--out <dir>] [--dry-run] [--json]
                          [--report <file.md>] [--only <name>...] [--force]
                                              resolve every duplicate group of a library
  agent-merge undo <folder> [<archive-id>]    reverse an in-place consolidate run
  agent-merge serve [<folder|file>...] [--port <n>] [--open] [--token <t>]
                                              open the app in a browser (browser mode)

Options:
  -h, --help     show help (also after a command: agent-merge merge --help)
  -v, --version  show the version

Exit codes: 0 success, 1 findings or failure, 2 usage error.
JSON outputs (--json, --print-recipe) are documented in docs/cli.md.
`

export const COMMAND_HELP: Readonly<Record<string, string>> = {
  scan: `Usage: agent-merge scan <folder> [--json]

Lists every agent file under <folder> with its format, identity, how its frontmatter was read
(strict, repaired, lenient, none) and its parse diagnostics; then the groups of variants, the
suggested near-duplicates with different names, and the files that stand alone.

  --json   one JSON document on stdout (see docs/cli.md)
`,
  diff: `Usage: agent-merge diff <file> <file>... [--json]

Aligns the variants and prints one row per frontmatter key and per section with its status:
  =  same in every variant        ~  changed (word diff against the reference variant)
  +  only some variants have it   !  only one variant has it
Colour on a terminal only (NO_COLOR turns it off).

  --json   one JSON document on stdout (see docs/cli.md)
`,
  merge: `Usage: agent-merge merge <file>... (--take <n> | --recipe <file>) [-o <out>] [--print-recipe] [--force]

Builds one definition from the variants and prints it on stdout, or writes it with -o.

  --take <n>       take variant n as it is (1-based, in the order given): its keys and
                   sections in its order; what only the others have is left out (the recipe
                   from --print-recipe lists it as omitted, ready to edit)
  --recipe <file>  apply a recipe (JSON, see docs/recipes.md); with no files given, the
                   recipe's own source paths are used (relative to the recipe file)
  -o, --output <out>  write the result atomically to <out>; refuses to overwrite an existing
                   file or one of the inputs unless --force
  --print-recipe   print the effective recipe as JSON instead of the merged text
  --force          allow -o to overwrite
`,
  check: `Usage: agent-merge check <file|folder>... [--json]

Reports frontmatter that strict YAML rejects, missing required keys, unclosed fences and other
problems as \`path:line: severity: message [code]\`. Exits 1 when any error is found.

  --json         one JSON document on stdout (see docs/cli.md)
  --duplicates   instead: list every name defined more than once under the folders (a library
                 installed together) with its files, and which of them collide inside one tool
                 folder (.claude/agents, ...), where the file system's read order picks the copy
                 that loads. Exits 1 when any name is defined twice: a CI guard for collections.
`,
  consolidate: `Usage: agent-merge consolidate <folder> [--policy <p>] [--out <dir>] [--dry-run] [--json]
                                [--report <file.md>] [--only <name>...] [--force]

Resolves every duplicate group under <folder> so each name is defined once. A group with a
decision saved by the app (<folder>/.agent-merge/recipes/) follows it (merge, keep one, rename or
skip); the others are merged by the policy (docs/consolidate.md).

  --policy <p>     propose (default): the most complete variant plus what only others have;
                   first, newest (last modified) or longest: everything from that variant
  --out <dir>      write a consolidated copy into <dir>: a merged file per group and a byte-
                   identical copy of every other agent file, at the same relative paths; the
                   folder is not touched. A non-empty <dir> is refused unless --force
  (no --out)       in place: the merged file is written at the base variant's path and every
                   replaced file is archived, all under one archive id (printed); undo with
                   \`agent-merge undo <folder> [<archive-id>]\`
  --dry-run        print the plan; write nothing
  --json           one JSON document on stdout (see docs/cli.md)
  --report <file>  also write a Markdown report: per group its sources, resolution, rows from
                   each variant, and what was left out and why
  --only <name>    only these groups (repeat, or comma-separate)
  --force          allow --out into a non-empty folder

Exit codes: 0 every group resolved, 1 some could not be (each listed with why), 2 usage.
`,
  undo: `Usage: agent-merge undo <folder> [<archive-id>] [--json]

Reverses an in-place \`agent-merge consolidate\` run (default: the folder's latest): the files it
wrote are removed and every archived file is put back, byte for byte. Refuses, changing nothing,
when a file the run wrote was edited since, or an archived file's path is taken again.
`,
  serve: `Usage: agent-merge serve [<folder|file>...] [--port <n>] [--open] [--token <t>]

Serves the app on http://127.0.0.1 for a browser (browser mode), with the folders and files
given opened together (none: the bundled backend-architect example). Prints the address to
open; only this machine can connect, and the token in the address is the key.

  --port <n>    port to listen on (0-65535; default: a free one)
  --open        open the address in the default browser
  --token <t>   use this token instead of a random one (16-256 letters, digits, - or _),
                e.g. for a bookmarked address; anyone who knows it can read and write the
                opened files while the server runs
  --            the arguments after it are paths, even if they start with -
`,
}
