import { loadavg } from "node:os";
import { ImpairRelay } from "../src/adapters/net/impair-relay.js";
import { runCall } from "../src/app/call/run-call.js";
import { Room } from "../src/app/room/room.js";
import type { PathFigures } from "../src/conformance/network-bounds.js";
import { describeProfile, type ImpairmentProfile } from "../src/protocol/impair/impairment.js";
import type { Check, Report } from "../src/report/model.js";

/** Loss levels of the ladder (per cent, each direction, random). */
export const LADDER = [0, 1, 5, 10, 20, 30] as const;

const COLUMNS: readonly [string, string][] = [
  ["mirror", "mirror.see-yourself"],
  ["music", "audio.hear-far-end"],
  ["echo", "function-7.others-hear-you"],
  ["slides-back", "presentation.slides-replace-mirror"],
  ["slides-in", "presentation.receive-slides"],
  ["callback", "function-8.others-can-call-you"],
  ["keyframe", "h264.keyframe-on-request"],
];

const pad = (s: string, n: number) => s.padEnd(n);

function path(c: Check | undefined, stream: "audio" | "video", direction: "sent" | "received"): string {
  const p = ((c?.evidence.network as PathFigures[] | undefined) ?? []).find(
    (x) => x.stream === stream && x.direction === direction,
  );
  if (!p || p.lossPct === undefined) return "-";
  return `${p.lossPct}%${p.residualLossPct !== undefined ? `→${p.residualLossPct}%` : ""}`;
}

function row(lossPct: number, report: Report, relayLoss: string): string {
  const by = (id: string) => report.checks.find((c) => c.id === id);
  const mirror = by("mirror.see-yourself");
  const music = by("audio.hear-far-end");
  return [
    pad(`${lossPct}%`, 6),
    pad(relayLoss, 12),
    ...COLUMNS.map(([, id]) => pad(by(id)?.status ?? "-", 13)),
    pad(report.outcome, 13),
    pad(path(mirror, "video", "sent"), 13),
    pad(path(mirror, "video", "received"), 13),
    pad(path(music, "audio", "sent"), 8),
    pad(path(music, "audio", "received"), 8),
    report.checks
      .filter((c) => c.status === "fail")
      .map((c) => c.id)
      .join(" "),
  ].join("");
}

/**
 * `npm run bench -- --only network`: the embedded call through the impairment relay at each
 * loss of the ladder (media only, seeded), printing each media verdict and the loss the call
 * measured both ways, so a reader sees where the checks stop being sure and turn inconclusive.
 */
export async function runNetworkLadder(opts: { durationS: number; seed: number }): Promise<void> {
  console.log(
    `vdm-test network ladder: the embedded call (${opts.durationS} s, SRTP, 640x360 H.264 + Opus) through the impairment relay, random media loss each way, seed ${opts.seed}; load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
  console.log(
    "loss is measured before→after retransmission; 'sent' from the room's RTCP reports and NACKs, 'back' from our RTP sequence numbers (the mirror's video crossed the path twice)",
  );
  console.log(
    [
      pad("loss", 6),
      pad("relay lost", 12),
      ...COLUMNS.map(([n]) => pad(n, 13)),
      pad("outcome", 13),
      pad("video sent", 13),
      pad("video back", 13),
      pad("audio↑", 8),
      pad("audio↓", 8),
      "failed checks",
    ].join(""),
  );
  const room = await Room.start({
    listen: [{ protocol: "udp", host: "127.0.0.1", port: 0 }],
    publicAddress: "127.0.0.1",
    rtpPorts: { from: 45000, to: 45999 },
    srtp: "optional",
    mirror: true,
    loopbackOnly: true,
  });
  try {
    for (const lossPct of LADDER) {
      const media: ImpairmentProfile = { loss: { kind: "random", rate: lossPct / 100 } };
      const relay = await ImpairRelay.start({
        host: "127.0.0.1",
        peer: { host: "127.0.0.1", port: room.listening[0]!.port },
        media,
        seed: opts.seed + lossPct,
      });
      try {
        const report = await runCall(
          {
            target: relay.uri("testrum"),
            srtp: "optional",
            durationS: opts.durationS,
            localAddress: "127.0.0.1",
            video: { width: 640, height: 360, fps: 30, bitrateKbps: 800 },
          },
          { step: () => {}, info: () => {} },
        );
        const c = relay.counters().media;
        const lost = c.toPeer.offered + c.toCaller.offered;
        const relayLoss =
          lost > 0 ? `${((100 * (c.toPeer.lost + c.toCaller.lost)) / lost).toFixed(1)}%` : "-";
        console.log(row(lossPct, report, relayLoss));
      } catch (e) {
        console.log(
          `${pad(`${lossPct}%`, 6)}call failed: ${e instanceof Error ? e.message : String(e)} (${describeProfile(media)})`,
        );
      } finally {
        await relay.close();
      }
    }
  } finally {
    await room.stop();
  }
}
