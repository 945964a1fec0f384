import type { Check } from "../report/model.js";
import { type CheckBase, listOf, notTested, toCheck, type Verdict } from "./check-text.js";
import { levelVerdict } from "./h264-check.js";
import { type H264Capability, h241Capability, profileName } from "./h264-levels.js";
import type { H241Evidence, H323Evidence } from "./h323-evidence.js";

// The H.264 requirement of an H.323 call, from what the endpoint said in H.245: H.264 as an
// H.241 generic capability in its TerminalCapabilitySet, the video channel it opened, and the
// level H.241 signals. The decoded media is graded by h264.media as for SIP.

const SIGNALLED: CheckBase = {
  id: "h264.signalled",
  title: "H.264 in the H.245 capabilities and the opened video channel",
  serves: ["H.264"],
  specRef: "ITU-T H.241 §8.3; H.245 §8.3 (capability exchange), §8.4 (logical channels)",
};

const LEVEL: CheckBase = {
  id: "h264.level",
  title: "H.264 level carries 720p30",
  serves: ["H.264"],
  specRef: "ITU-T H.241 §8.3.2.2-8.3.2.4 (Level, CustomMaxMBPS, CustomMaxFS); H.264 Table A-1",
};

/** "H.264 High level 3.1" from an H.241 capability. */
export function h241Name(h: H241Evidence): string {
  const c = h241Capability(h);
  if (!c) return `H.264 (H.241 level value ${h.level})`;
  return `H.264 ${profileName(c.profile)} level ${c.level ?? "?"}`;
}

/** H.264 in the capability set (H.241 §8.3), and the endpoint's own video channel. */
export function h323H264SignalledCheck(h: H323Evidence): Check {
  return toCheck(SIGNALLED, signalled(h));
}

function signalled(h: H323Evidence): Verdict {
  const caps = h.capabilities;
  const videoCaps = (caps ?? []).filter((c) => c.media === "video" && c.direction !== "transmit");
  // The main video: an H.239 content channel (H.239 §7.2) is not where H.264 is asked for.
  const videoChannels = h.channels.filter((c) => c.media === "video" && !c.name.startsWith("H.239"));
  if (caps === undefined && h.channels.length === 0) {
    return notTested(
      "the endpoint sent no H.245 capability set and opened no channel",
      "ändpunkten skickade ingen H.245-förmågeuppsättning och öppnade ingen kanal",
    );
  }
  const lines = [
    ...videoCaps.map((c) => `capability ${c.entry}: ${c.direction} ${c.h264 ? h241Name(c.h264) : c.name}`),
    ...videoChannels.map((c) => `channel ${c.number} (${c.via}): ${c.h264 ? h241Name(c.h264) : c.name}`),
  ];
  const evidence = {
    videoCapabilities: videoCaps.map((c) => c.name),
    videoChannels: videoChannels.map((c) => ({ number: c.number, via: c.via, codec: c.name })),
  };
  const h264Caps = videoCaps.filter((c) => c.h264);
  if (caps !== undefined && h264Caps.length === 0) {
    const names = [...new Set(videoCaps.map((c) => c.name))];
    return {
      status: "fail",
      en: {
        summary: `no H.264 in the endpoint's H.245 capability set: ${listOf(names) || "no video capability at all"}`,
        advice:
          "Enable H.264 (H.241) among the endpoint's video codecs; without it every system in the meeting falls back to lower resolution.",
      },
      sv: {
        summary: `ingen H.264 i ändpunktens H.245-förmågor: ${listOf(names) || "ingen videoförmåga alls"}`,
        advice:
          "Slå på H.264 (H.241) bland utrustningens videocodecar; utan den faller alla system i mötet tillbaka till lägre upplösning.",
      },
      evidence,
      lines,
    };
  }
  const h264Channel = videoChannels.find((c) => c.h264);
  if (videoChannels.length > 0 && !h264Channel) {
    const names = [...new Set(videoChannels.map((c) => c.name))];
    return {
      status: "fail",
      en: {
        summary: `the endpoint opened its video channel with ${listOf(names)}, not H.264`,
        advice: "Put H.264 first among the endpoint's video codecs.",
      },
      sv: {
        summary: `ändpunkten öppnade sin videokanal med ${listOf(names)}, inte H.264`,
        advice: "Lägg H.264 först bland utrustningens videocodecar.",
      },
      evidence,
      lines,
    };
  }
  const described = h264Channel?.h264 ?? h264Caps[0]?.h264;
  if (!described || !h241Capability(described)) {
    return {
      status: "warn",
      en: {
        summary: "H.264 is signalled but its H.241 Level cannot be read",
        advice: "The H.241 capability must carry Profile and a Level value H.241 §8.3.2.2 defines.",
      },
      sv: {
        summary: "H.264 signaleras men dess H.241-nivå går inte att läsa",
        advice: "H.241-förmågan måste ha Profile och ett nivåvärde som H.241 §8.3.2.2 definierar.",
      },
      evidence,
      lines,
    };
  }
  if (!h264Channel) {
    return {
      status: "warn",
      en: {
        summary: `${h241Name(described)} in the capability set, but the endpoint opened no video channel`,
        advice: "Check that video is enabled for H.323 calls on the endpoint.",
      },
      sv: {
        summary: `${h241Name(described)} bland förmågorna, men ändpunkten öppnade ingen videokanal`,
        advice: "Kontrollera att video är påslaget för H.323-samtal i utrustningen.",
      },
      evidence,
      lines,
    };
  }
  const where = caps === undefined ? "fast start only, no capability set" : "in the capability set";
  const whereSv = caps === undefined ? "bara snabbstart, ingen förmågeuppsättning" : "bland förmågorna";
  return {
    status: "pass",
    en: {
      summary: `${h241Name(described)} (${where}); video channel ${h264Channel.number} opened with H.264`,
    },
    sv: {
      summary: `${h241Name(described)} (${whereSv}); videokanal ${h264Channel.number} öppnad med H.264`,
    },
    evidence,
    lines,
  };
}

/** The best H.264 the endpoint can receive (its capability set), else what its channel carries. */
export function h323H264LevelCheck(h: H323Evidence): Check {
  const receivable = (h.capabilities ?? []).filter((c) => c.h264 && c.direction !== "transmit");
  const sources = [
    ...receivable.map((c) => ({ h264: c.h264!, where: `capability ${c.entry}` })),
    ...(receivable.length === 0
      ? h.channels.filter((c) => c.h264).map((c) => ({ h264: c.h264!, where: `channel ${c.number}` }))
      : []),
  ];
  const read = sources.flatMap((s) => {
    const capability = h241Capability(s.h264);
    return capability ? [{ ...s, capability }] : [];
  });
  if (read.length === 0) {
    return toCheck(
      LEVEL,
      notTested(
        "no readable H.241 H.264 capability was signalled, so its level could not be graded",
        "ingen läsbar H.241-förmåga för H.264 signalerades, så nivån kunde inte bedömas",
      ),
    );
  }
  const size = (c: H264Capability) => c.maxFs * c.maxMbps;
  const best = read.reduce((a, b) => (size(b.capability) > size(a.capability) ? b : a));
  const x = best.h264;
  const custom = [
    x.customMaxFs ? `CustomMaxFS ${x.customMaxFs}` : "",
    x.customMaxMbps ? `CustomMaxMBPS ${x.customMaxMbps}` : "",
  ].filter(Boolean);
  const line = `${best.where}: ${h241Name(x)}${custom.length ? `, ${custom.join(", ")}` : ""}`;
  return toCheck(LEVEL, levelVerdict(best.capability, { from: best.where, h241Level: x.level }, [line]));
}
