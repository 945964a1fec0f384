import { hearFarEndCheck } from "../../../conformance/hear-far-end-check.js";
import { mirrorCheck } from "../../../conformance/mirror-check.js";
import type { PathFigures } from "../../../conformance/network-bounds.js";
import { FrameFamily } from "../../../media/frame-code.js";
import { analyzeMirror } from "../../../media/mirror-analysis.js";
import type { Check } from "../../../report/model.js";
import { stepStatusOf, summaryOf } from "../call-steps.js";
import type { CallerMedia } from "../caller-media.js";
import type { StepSink } from "../leg/call-leg.js";
import { analyseReceivedAudio, type ReceivedAudio } from "./received-audio.js";

/** What the mirror check reads of the media session: our camera frames out, and back. */
export type MirrorMedia = Pick<CallerMedia, "videoSender" | "videoReceiver" | "video">;

/**
 * Functions 1-2: our camera frames that came back decoded. The mirror window ends where the
 * presentation began (our camera is not mirrored then); frames up to a second later still count.
 */
export function gradeMirror(
  media: MirrorMedia,
  mirrorEndsAt: number,
  network: readonly PathFigures[],
  steps: StepSink,
): Check {
  const sender = media.videoSender;
  const cameraFrames =
    media.videoReceiver?.frames.filter(
      (f) => f.family === FrameFamily.camera && f.atMs < mirrorEndsAt + 1000,
    ) ?? [];
  // The far end's keyframe requests say its picture broke; only a path that lost packets
  // (measured either way) makes that the network's doing rather than the endpoint's.
  const pathLost = network.some((p) => p.stream === "video" && (p.lossPct ?? 0) > 0);
  const mirror = sender
    ? analyzeMirror(
        sender.sent.filter((f) => f.atMs < mirrorEndsAt),
        cameraFrames,
        {
          startupGraceMs: 1000,
          tailMs: 300,
          networkTakenAt: media.videoReceiver?.networkDamagedAt ?? [],
          farEndBreaks: pathLost ? sender.farEndBreaks : [],
        },
      )
    : undefined;
  const check = mirrorCheck(
    mirror,
    media.video.counters.rtpReceived,
    [...network],
    media.videoReceiver?.stats.framesDecoded ?? 0,
  );
  steps("mirror", stepStatusOf(check), summaryOf(check));
  return check;
}

/** Function 4: the far end's audio, decoded; music is expected of a vdm-test room only. */
export async function gradeMusic(
  media: CallerMedia,
  expectMusic: boolean,
  network: readonly PathFigures[],
  steps: StepSink,
): Promise<{ readonly check: Check; readonly heard: ReceivedAudio }> {
  const heard = await analyseReceivedAudio(media);
  const check = hearFarEndCheck({
    codec: heard.codec,
    packetsReceived: heard.packetsReceived,
    classification: heard.classification,
    echo: heard.echo,
    expectMusic,
    ...(heard.decodeError ? { decodeError: heard.decodeError } : {}),
    network: [...network],
  });
  steps("music", stepStatusOf(check), summaryOf(check));
  return { check, heard };
}
