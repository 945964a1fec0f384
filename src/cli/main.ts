import { main } from "./program.js";

await main(process.argv);
// Every command has finished (serve returns after it has hung up its calls): end the process
// even if a library left a handle open, so scripts and CI never hang on us.
process.exit(process.exitCode ?? 0);
