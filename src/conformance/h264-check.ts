import { packetizationMode } from "../protocol/sdp/h264.js";
import type { MediaSection } from "../protocol/sdp/media-section.js";
import type { Check } from "../report/model.js";
import { type CheckBase, listOf, notTested, toCheck, type Verdict } from "./check-text.js";
import { readableSdps, sdpMissingReason } from "./endpoint-sdp.js";
import { type Evidence, whyUnavailable } from "./evidence.js";
import {
  carries720p30,
  type H264Capability,
  h264Capability,
  largest169,
  MB_720P,
  macroblocks,
  profileName,
} from "./h264-levels.js";

/** A keyframe later than this after PLI/FIR leaves the picture broken long enough to notice. */
export const KEYFRAME_PASS_MS = 1000;
/** Later than this, the picture stays broken for seconds: fail. */
export const KEYFRAME_FAIL_MS = 3000;
/** Tolerance on measured frame rate against the signalled macroblock rate (jitter of the measure). */
const RATE_TOLERANCE = 1.1;

interface OfferedH264 {
  readonly section: MediaSection;
  readonly payloadType: number;
  readonly lines: readonly string[];
  readonly capability: H264Capability | undefined;
  readonly mode: number;
}

const isH264 = (name: string) => name.toUpperCase() === "H264";

/** H.264 payload formats on the endpoint's active main-video m-lines. */
function offeredH264(e: Evidence): OfferedH264[] {
  return readableSdps(e).flatMap(({ reading }) =>
    reading.media
      .filter((m) => m.kind === "video" && m.port !== 0)
      .flatMap((section) =>
        section.codecs
          .filter((c) => isH264(c.name))
          .map((c) => ({
            section,
            payloadType: c.payloadType,
            lines: c.lines,
            capability: h264Capability(c.fmtp),
            mode: packetizationMode(c.fmtp),
          })),
      ),
  );
}

const validMode = (m: number) => m === 0 || m === 1 || m === 2;

const SIGNALLED: CheckBase = {
  id: "h264.signalled",
  title: "H.264 offered or answered",
  serves: ["H.264"],
  specRef: "RFC 6184 §8.1, §8.2",
};

/** H.264 appears on the endpoint's main video with a readable profile-level-id and packetization-mode. */
export function h264SignalledCheck(e: Evidence): Check {
  return toCheck(SIGNALLED, h264Signalled(e));
}

function h264Signalled(e: Evidence): Verdict {
  const missing = sdpMissingReason(e);
  if (missing) return notTested(missing.en, missing.sv);
  const sdps = readableSdps(e);
  const videos = sdps.flatMap(({ reading }) => reading.media.filter((m) => m.kind === "video"));
  if (videos.length === 0) {
    const slidesOnly = sdps.some(({ reading }) => reading.media.some((m) => m.kind === "slides"));
    const what = slidesOnly
      ? "no main video m-line (only a presentation stream)"
      : "no video m-line: the endpoint offers audio only";
    const whatSv = slidesOnly
      ? "ingen rad för huvudvideo (bara en presentationsström)"
      : "ingen m=video-rad: ändpunkten erbjuder bara ljud";
    return {
      status: "fail",
      en: {
        summary: `${what}, so no H.264`,
        advice:
          "Enable video (H.264) on the endpoint; audio-only equipment cannot meet the H.264 requirement.",
      },
      sv: {
        summary: `${whatSv}, alltså ingen H.264`,
        advice:
          "Slå på video (H.264) i utrustningen; utrustning med bara ljud kan inte uppfylla kravet på H.264.",
      },
      lines: sdps.flatMap(({ reading }) => reading.media.map((m) => m.mLine)),
    };
  }
  const active = videos.filter((m) => m.port !== 0);
  if (active.length === 0) {
    return {
      status: "fail",
      en: {
        summary: "video was declined (m=video with port 0)",
        advice: "Allow video calls on the endpoint and make sure H.264 is enabled.",
      },
      sv: {
        summary: "video avböjdes (m=video med port 0)",
        advice: "Tillåt videosamtal i utrustningen och se till att H.264 är påslaget.",
      },
      lines: videos.map((m) => m.mLine),
    };
  }
  const offered = offeredH264(e);
  const codecNames = [...new Set(active.flatMap((m) => m.codecs.map((c) => c.name)))];
  if (offered.length === 0) {
    const proprietary = codecNames.filter((n) => /h264|x-h264/i.test(n));
    const extra = proprietary.length ? ` (${proprietary.join(", ")} is not RFC 6184 H.264)` : "";
    return {
      status: "fail",
      en: {
        summary: `no H.264 on the video line: ${listOf(codecNames) || "no usable codec"}${extra}`,
        advice:
          "Enable H.264 (RFC 6184) in the endpoint's video codec settings; without it every system in the meeting falls back to lower resolution.",
      },
      sv: {
        summary: `ingen H.264 på videoraden: ${listOf(codecNames) || "ingen användbar codec"}${extra}`,
        advice:
          "Slå på H.264 (RFC 6184) bland utrustningens videocodecar; utan den faller alla system i mötet tillbaka till lägre upplösning.",
      },
      evidence: { videoCodecs: codecNames },
      lines: active.flatMap((m) => [m.mLine, ...m.codecs.flatMap((c) => c.lines)]),
    };
  }
  const lines = offered.flatMap((o) => [o.section.mLine, ...o.lines]);
  const valid = offered.filter((o) => o.capability && validMode(o.mode));
  const evidence = {
    payloadTypes: offered.map((o) => ({
      pt: o.payloadType,
      profileLevelId: o.capability?.profileLevelId ?? "malformed",
      profile: o.capability ? profileName(o.capability.profile) : undefined,
      level: o.capability?.level,
      packetizationMode: o.mode,
    })),
  };
  if (valid.length === 0) {
    return {
      status: "warn",
      en: {
        summary:
          "H.264 is offered but its fmtp cannot be read (profile-level-id or packetization-mode malformed)",
        advice:
          "Correct the H.264 a=fmtp line (six hex digits of profile-level-id, packetization-mode 0 or 1).",
      },
      sv: {
        summary:
          "H.264 erbjuds men dess fmtp går inte att läsa (profile-level-id eller packetization-mode felaktig)",
        advice:
          "Rätta H.264-raden a=fmtp (profile-level-id med sex hexsiffror, packetization-mode 0 eller 1).",
      },
      evidence,
      lines,
    };
  }
  const modes = [...new Set(valid.map((o) => o.mode))].sort();
  const best = valid[0]!.capability!;
  const desc = `${profileName(best.profile)} level ${best.level ?? `idc ${best.profile.levelIdc}`}, packetization-mode ${modes.join("/")}`;
  return {
    status: "pass",
    en: { summary: `H.264 ${desc}` },
    sv: { summary: `H.264 ${desc}` },
    evidence,
    lines,
  };
}

const LEVEL: CheckBase = {
  id: "h264.level",
  title: "H.264 level carries 720p30",
  serves: ["H.264"],
  specRef: "RFC 6184 §8.1 (max-fs, max-mbps); ITU-T H.264 Table A-1",
};

/** The best H.264 format the endpoint signals can carry 1280x720 at 30 fps. */
export function h264LevelCheck(e: Evidence): Check {
  const offered = offeredH264(e).filter((o) => o.capability);
  if (offered.length === 0) {
    return toCheck(
      LEVEL,
      notTested(
        "no readable H.264 format was signalled, so its level could not be graded",
        "inget läsbart H.264-format signalerades, så nivån kunde inte bedömas",
      ),
    );
  }
  const best = offered.reduce((a, b) =>
    b.capability!.maxFs * b.capability!.maxMbps > a.capability!.maxFs * a.capability!.maxMbps ? b : a,
  );
  return toCheck(LEVEL, levelVerdict(best.capability!, { payloadType: best.payloadType }, best.lines));
}

/**
 * Whether an H.264 capability carries 720p30 (H.264 Table A-1, raised by max-fs/max-mbps or
 * H.241's CustomMaxFS/CustomMaxMBPS): pass, or warn with what it can carry.
 */
export function levelVerdict(
  c: H264Capability,
  where: Record<string, unknown>,
  lines: readonly string[],
): Verdict {
  const fps = Math.floor(c.maxMbps / Math.min(c.maxFs, MB_720P));
  const evidence = {
    ...where,
    profileLevelId: c.profileLevelId,
    level: c.level,
    maxFs: c.maxFs,
    maxMbps: c.maxMbps,
  };
  if (carries720p30(c)) {
    return {
      status: "pass",
      en: { summary: `level ${c.level ?? "?"} (max ${c.maxFs} MB/frame, ${c.maxMbps} MB/s) carries 720p30` },
      sv: {
        summary: `nivå ${c.level ?? "?"} (högst ${c.maxFs} MB/bild, ${c.maxMbps} MB/s) räcker för 720p30`,
      },
      evidence,
      lines,
    };
  }
  const fits = c.maxFs >= MB_720P ? `720p at about ${fps} fps` : `at most about ${largest169(c.maxFs)}`;
  const fitsSv =
    c.maxFs >= MB_720P ? `720p i ungefär ${fps} bilder/s` : `högst ungefär ${largest169(c.maxFs)}`;
  return {
    status: "warn",
    en: {
      summary: `level ${c.level ?? "?"} (max ${c.maxFs} MB/frame, ${c.maxMbps} MB/s) is too low for 720p30: ${fits}`,
      advice:
        "Raise the H.264 level (3.1 or higher, or max-fs >= 3600 and max-mbps >= 108000), e.g. by allowing a higher call rate or resolution on the endpoint.",
    },
    sv: {
      summary: `nivå ${c.level ?? "?"} (högst ${c.maxFs} MB/bild, ${c.maxMbps} MB/s) är för låg för 720p30: ${fitsSv}`,
      advice:
        "Höj H.264-nivån (3.1 eller högre, eller max-fs >= 3600 och max-mbps >= 108000), t.ex. genom att tillåta högre samtalshastighet eller upplösning i utrustningen.",
    },
    evidence,
    lines,
  };
}

const MEDIA: CheckBase = {
  id: "h264.media",
  title: "H.264 video decoded",
  serves: ["H.264"],
  specRef: "RFC 6184 §5, ITU-T H.264 Annex A",
};

/** Decodable H.264 frames arrived, at a size and rate within the level signalled. */
export function h264MediaCheck(e: Evidence): Check {
  return toCheck(MEDIA, h264Media(e));
}

function h264Media(e: Evidence): Verdict {
  const v = e.media?.video;
  if (!v) {
    const why = whyUnavailable(e, ["media"], { en: "no media was measured", sv: "inga medier mättes" });
    return notTested(`no video measurement (${why.en})`, `ingen videomätning (${why.sv})`);
  }
  const evidence: Record<string, unknown> = {
    codec: v.codec,
    packetsReceived: v.packetsReceived,
    framesDecoded: v.framesDecoded,
    decodeErrors: v.decodeErrors ?? 0,
    width: v.width,
    height: v.height,
    frameRate: v.frameRate,
  };
  if (!v.codec || !isH264(v.codec)) {
    return {
      status: "fail",
      en: {
        summary: `the endpoint's video is ${v.codec ?? "not agreed"}, not H.264`,
        advice: "Put H.264 first among the endpoint's video codecs.",
      },
      sv: {
        summary: `ändpunktens video är ${v.codec ?? "inte överenskommen"}, inte H.264`,
        advice: "Lägg H.264 först bland utrustningens videocodecar.",
      },
      evidence,
    };
  }
  if (v.packetsReceived === 0 || v.framesDecoded === 0) {
    const what =
      v.packetsReceived === 0
        ? "no video packets arrived"
        : `${v.packetsReceived} packets arrived but no frame decoded`;
    const whatSv =
      v.packetsReceived === 0
        ? "inga videopaket kom fram"
        : `${v.packetsReceived} paket kom men ingen bild gick att avkoda`;
    return {
      status: "fail",
      en: {
        summary: `H.264 agreed, but ${what}`,
        advice: "Check that the camera is on and the firewall lets RTP through.",
      },
      sv: {
        summary: `H.264 överenskom, men ${whatSv}`,
        advice: "Kontrollera att kameran är på och att brandväggen släpper igenom RTP.",
      },
      evidence,
    };
  }
  const size = v.width && v.height ? `${v.width}x${v.height}` : undefined;
  const fps = v.frameRate !== undefined ? Math.round(v.frameRate * 10) / 10 : undefined;
  const measured =
    [size, fps !== undefined ? `${fps} fps` : undefined].filter(Boolean).join(" at ") || "size not measured";
  const measuredSv =
    [size, fps !== undefined ? `${String(fps).replace(".", ",")} bilder/s` : undefined]
      .filter(Boolean)
      .join(" med ") || "storleken inte mätt";
  const cap = signalledCapability(e, v.profileLevelId, v.maxFs, v.maxMbps);
  if (cap && v.width && v.height) {
    const mbs = macroblocks(v.width, v.height);
    const mbps = v.frameRate !== undefined ? mbs * v.frameRate : 0;
    evidence["signalledMaxFs"] = cap.maxFs;
    evidence["signalledMaxMbps"] = cap.maxMbps;
    if (mbs > cap.maxFs || mbps > cap.maxMbps * RATE_TOLERANCE) {
      return {
        status: "warn",
        en: {
          summary: `${v.framesDecoded} H.264 frames decoded (${measured}), beyond the level signalled (max ${cap.maxFs} MB/frame, ${cap.maxMbps} MB/s)`,
          advice:
            "The endpoint sends more than its SDP announced; a strict decoder may drop it. Update its firmware.",
        },
        sv: {
          summary: `${v.framesDecoded} H.264-bilder avkodade (${measuredSv}), över den signalerade nivån (högst ${cap.maxFs} MB/bild, ${cap.maxMbps} MB/s)`,
          advice:
            "Utrustningen skickar mer än dess SDP angav; en strikt avkodare kan kasta det. Uppdatera dess programvara.",
        },
        evidence,
      };
    }
  }
  const errors = v.decodeErrors ?? 0;
  if (errors > 0 && errors * 10 > v.framesDecoded) {
    return {
      status: "warn",
      en: {
        summary: `${v.framesDecoded} H.264 frames decoded (${measured}) but ${errors} failed to decode`,
        advice: "Look for packet loss on the path, or an encoder fault in the endpoint.",
      },
      sv: {
        summary: `${v.framesDecoded} H.264-bilder avkodade (${measuredSv}) men ${errors} gick inte att avkoda`,
        advice: "Leta efter paketförluster på vägen, eller ett kodarfel i utrustningen.",
      },
      evidence,
    };
  }
  return {
    status: "pass",
    en: { summary: `${v.framesDecoded} H.264 frames decoded (${measured})` },
    sv: { summary: `${v.framesDecoded} H.264-bilder avkodade (${measuredSv})` },
    evidence,
  };
}

function signalledCapability(
  e: Evidence,
  profileLevelId: string | undefined,
  maxFs: number | undefined,
  maxMbps: number | undefined,
): H264Capability | undefined {
  if (profileLevelId) {
    return h264Capability({
      "profile-level-id": profileLevelId,
      ...(maxFs ? { "max-fs": String(maxFs) } : {}),
      ...(maxMbps ? { "max-mbps": String(maxMbps) } : {}),
    });
  }
  const caps = offeredH264(e).flatMap((o) => (o.capability ? [o.capability] : []));
  return caps.reduce<H264Capability | undefined>(
    (a, b) => (!a || b.maxFs * b.maxMbps > a.maxFs * a.maxMbps ? b : a),
    undefined,
  );
}

const KEYFRAME: CheckBase = {
  id: "h264.keyframe-on-request",
  title: "Keyframe after PLI/FIR",
  serves: ["H.264"],
  specRef: "RFC 4585 §6.3.1 (PLI), RFC 5104 §4.3.1 (FIR)",
};

/** Every keyframe request was answered by an IDR within the bound. */
export function h264KeyframeCheck(e: Evidence): Check {
  const k = e.media?.video?.keyframe;
  if (!k || k.requests === 0 || k.responseMs.length === 0) {
    const why = whyUnavailable(e, ["keyframe", "media"], {
      en: "no keyframe was requested",
      sv: "ingen nyckelbild begärdes",
    });
    return toCheck(KEYFRAME, notTested(`not measured (${why.en})`, `inte mätt (${why.sv})`));
  }
  const answered = k.responseMs.filter((x): x is number => x !== null);
  const missed = k.responseMs.length - answered.length;
  const worst = answered.length ? Math.max(...answered) : undefined;
  const evidence = { requests: k.requests, responseMs: k.responseMs, worstMs: worst };
  if (missed > 0 || worst === undefined || worst > KEYFRAME_FAIL_MS) {
    const what =
      missed > 0
        ? `${missed} of ${k.responseMs.length} requests got no keyframe`
        : `slowest keyframe after ${worst} ms`;
    const whatSv =
      missed > 0
        ? `${missed} av ${k.responseMs.length} begäranden fick ingen nyckelbild`
        : `långsammaste nyckelbild efter ${worst} ms`;
    return toCheck(KEYFRAME, {
      status: "fail",
      en: {
        summary: what,
        advice:
          "The endpoint must answer RTCP PLI/FIR with an IDR picture; without it, picture errors last until its next periodic keyframe.",
      },
      sv: {
        summary: whatSv,
        advice:
          "Utrustningen måste svara på RTCP PLI/FIR med en IDR-bild; annars ligger bildfel kvar till nästa periodiska nyckelbild.",
      },
      evidence,
    });
  }
  const status = worst <= KEYFRAME_PASS_MS ? "pass" : "warn";
  return toCheck(KEYFRAME, {
    status,
    en: {
      summary: `${answered.length} keyframe requests answered, slowest in ${worst} ms`,
      ...(status === "warn"
        ? { advice: `Keyframes should follow a request within ${KEYFRAME_PASS_MS} ms.` }
        : {}),
    },
    sv: {
      summary: `${answered.length} begäranden om nyckelbild besvarade, långsammast efter ${worst} ms`,
      ...(status === "warn"
        ? { advice: `Nyckelbilder bör komma inom ${KEYFRAME_PASS_MS} ms efter en begäran.` }
        : {}),
    },
    evidence,
  });
}
