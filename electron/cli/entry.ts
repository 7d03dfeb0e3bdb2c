// Bundle entry of dist/cli/agent-merge.cjs (see scripts/build.mjs): run the command.
import { run } from './main'

void run()
