// Bundle entry of dist/cli/agent-merge.cjs (see scripts/build.mjs): run the command.
import { tuneCompilerForShortRun } from './compiler-flags'
import { run } from './main'

tuneCompilerForShortRun(process.argv[2])
void run()
