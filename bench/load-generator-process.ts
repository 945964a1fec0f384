import { serveRequests } from "./ipc.js";
import { LoadGenerator, type LoadGeneratorOptions } from "./load-generator.js";
import type { ClipOptions } from "./media-clip.js";

// The load generator in its own process (child_process.fork), apart from the room it loads.
let gen: LoadGenerator | undefined;
const started = (): LoadGenerator => {
  if (!gen) throw new Error("the load generator is not started");
  return gen;
};

serveRequests({
  start: async (o: LoadGeneratorOptions) => {
    gen ??= await LoadGenerator.start(o);
  },
  prepare: (o: ClipOptions) => started().prepare(o),
  setup: (a: { target: string; calls: number }) => started().setup(a.target, a.calls),
  beginWindow: () => started().beginWindow(),
  finish: () => started().finish(),
  stop: async () => {
    await gen?.stop();
    gen = undefined;
  },
});
