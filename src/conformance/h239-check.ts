import type { BfcpMediaDescription } from "../protocol/sdp/bfcp-sdp.js";
import { checkSummary, checkTitle } from "../report/i18n/check-titles.js";
import type { Check, CheckStatus } from "../report/model.js";
import { type CheckBase, listOf, notTested, toCheck, type Verdict } from "./check-text.js";
import { answerCannotShow, type ReadSdp, readableSdps, sdpMissingReason } from "./endpoint-sdp.js";
import { type Evidence, whyUnavailable } from "./evidence.js";

const BFCP: CheckBase = {
  id: "presentation.bfcp-signalled",
  title: "BFCP presentation offered",
  serves: ["H.239"],
  specRef: "RFC 8856 §4-§6 (BFCP in SDP); RFC 4796 (a=content:slides); RFC 4574 (a=label)",
};

function bfcpLines(r: ReadSdp, b: BfcpMediaDescription): string[] {
  const section = r.reading.media[b.mediaIndex];
  const bfcp = section
    ? section.lines.filter(
        (l) => l.startsWith("m=") || /^a=(floorctrl|floorid|confid|userid|setup|bfcpver)/.test(l),
      )
    : [];
  const slides = b.slides.flatMap((s) => {
    const m = r.reading.media[s.mediaIndex];
    return m ? m.lines.filter((l) => l.startsWith("m=") || /^a=(content|label):/.test(l)) : [];
  });
  return [...bfcp, ...slides];
}

/**
 * The SIP analogue of H.239: a BFCP stream (m=application ... BFCP) with floor control roles, and
 * a second video marked a=content:slides whose a=label the floor controls.
 */
export function bfcpSignalledCheck(e: Evidence): Check {
  return toCheck(BFCP, bfcpSignalled(e));
}

function bfcpSignalled(e: Evidence): Verdict {
  const missing = sdpMissingReason(e);
  if (missing) return notTested(missing.en, missing.sv);
  const sdps = readableSdps(e);
  const withBfcp = sdps.find((r) => r.sdp.bfcp?.media);
  if (!withBfcp) {
    if (answerCannotShow(e, /^m=application \d+ (UDP|TCP)(\/TLS)?\/BFCP/im)) {
      return notTested(
        "no BFCP in the answer; an answer keeps the offer's m-lines (RFC 3264 §6), so the offer had none to accept",
        "ingen BFCP i svaret; ett svar behåller erbjudandets m-rader (RFC 3264 §6), så erbjudandet hade ingen att acceptera",
      );
    }
    return {
      status: "fail",
      en: {
        summary:
          "no BFCP m-line: the endpoint offers no standards-based presentation (the SIP counterpart of H.239)",
        advice:
          "Enable BFCP presentation (dual video) for SIP calls on the endpoint; without it the presentation picture is limited for every participant.",
      },
      sv: {
        summary:
          "ingen BFCP-rad: utrustningen erbjuder ingen standardiserad presentation (SIP:s motsvarighet till H.239)",
        advice:
          "Slå på BFCP-presentation (dubbel video) för SIP-samtal i utrustningen; utan den blir presentationsbilden begränsad för alla deltagare.",
      },
      lines: sdps.flatMap((r) => r.reading.media.map((m) => m.mLine)),
    };
  }
  const b = withBfcp.sdp.bfcp!.media!;
  const notes = withBfcp.sdp.bfcp!.notes;
  const lines = bfcpLines(withBfcp, b);
  const evidence = {
    proto: b.proto,
    floorctrl: b.floorctrl,
    floors: b.floors.map((f) => ({ floorId: f.floorId, labels: f.labels, legacySpelling: f.legacySpelling })),
    slides: b.slides.map((s) => ({ port: s.port, label: s.label })),
    notes,
  };
  if (b.port === 0) {
    return {
      status: "fail",
      en: {
        summary: `BFCP declined (${b.proto} with port 0)`,
        advice: "Allow BFCP presentation on the endpoint for SIP calls.",
      },
      sv: {
        summary: `BFCP avböjd (${b.proto} med port 0)`,
        advice: "Tillåt BFCP-presentation i utrustningen för SIP-samtal.",
      },
      evidence,
      lines,
    };
  }
  const problems: { en: string; sv: string }[] = [];
  if (b.floorctrl.length === 0) problems.push({ en: "no a=floorctrl", sv: "ingen a=floorctrl" });
  const activeSlides = b.slides.filter((s) => s.port !== 0);
  if (b.slides.length === 0) {
    problems.push({
      en: "no m=video with a=content:slides (a presentation stream only added later by re-INVITE cannot be checked here)",
      sv: "ingen m=video med a=content:slides (en presentationsström som läggs till senare med re-INVITE kan inte kontrolleras här)",
    });
  } else if (activeSlides.length === 0) {
    problems.push({
      en: "the slides video has port 0 (declined)",
      sv: "presentationsvideon har port 0 (avböjd)",
    });
  }
  for (const s of activeSlides.filter((x) => x.label === undefined)) {
    problems.push({
      en: `slides m=video #${s.mediaIndex} has no a=label`,
      sv: `presentationsvideo #${s.mediaIndex} saknar a=label`,
    });
  }
  const labels = new Set(withBfcp.reading.media.map((m) => m.label).filter((l) => l !== undefined));
  for (const f of b.floors) {
    for (const l of f.labels.filter((x) => !labels.has(x))) {
      problems.push({
        en: `a=floorid:${f.floorId} controls label ${l}, which no m-line carries`,
        sv: `a=floorid:${f.floorId} styr etikett ${l}, som ingen m-rad har`,
      });
    }
  }
  const roles = b.floorctrl.join(" ") || "c-only (default)";
  if (problems.length > 0) {
    return {
      status: "warn",
      en: {
        summary: `BFCP over ${b.proto} (${roles}), but ${problems.map((p) => p.en).join("; ")}`,
        advice:
          "Offer the presentation stream (m=video with a=content:slides and a=label) together with BFCP, as RFC 8856 §6 describes.",
      },
      sv: {
        summary: `BFCP över ${b.proto} (${roles}), men ${problems.map((p) => p.sv).join("; ")}`,
        advice:
          "Erbjud presentationsströmmen (m=video med a=content:slides och a=label) tillsammans med BFCP, enligt RFC 8856 §6.",
      },
      evidence,
      lines,
    };
  }
  const floor = b.floors[0];
  const control = floor
    ? `floor ${floor.floorId} controls label ${listOf(floor.labels)}`
    : "floor id left to the answerer";
  const controlSv = floor
    ? `golv ${floor.floorId} styr etikett ${listOf(floor.labels)}`
    : "golv-id lämnas åt den som svarar";
  const slidesLabel = activeSlides[0]?.label;
  return {
    status: "pass",
    en: { summary: `BFCP over ${b.proto} (${roles}), slides video label ${slidesLabel}, ${control}` },
    sv: {
      summary: `BFCP över ${b.proto} (${roles}), presentationsvideo etikett ${slidesLabel}, ${controlSv}`,
    },
    evidence,
    lines,
  };
}

const SLIDES: CheckBase = {
  id: "presentation.slides-h264",
  title: "Presentation video in H.264",
  serves: ["H.239", "H.264"],
  specRef: "RFC 4796; RFC 6184",
};

/** The slides m=video carries H.264. */
export function slidesCodecCheck(e: Evidence): Check {
  const slides = readableSdps(e).flatMap((r) =>
    r.reading.media.filter((m) => m.kind === "slides" && m.port !== 0),
  );
  if (slides.length === 0) {
    return toCheck(
      SLIDES,
      notTested("no active slides video to grade", "ingen aktiv presentationsvideo att bedöma"),
    );
  }
  const names = [...new Set(slides.flatMap((m) => m.codecs.map((c) => c.name)))];
  const h264 = slides.flatMap((m) => m.codecs.filter((c) => c.name.toUpperCase() === "H264"));
  const lines = slides.flatMap((m) => [m.mLine, ...m.codecs.flatMap((c) => c.lines)]);
  if (h264.length === 0) {
    return toCheck(SLIDES, {
      status: "fail",
      en: {
        summary: `the slides video offers ${listOf(names) || "no usable codec"}, not H.264`,
        advice: "Enable H.264 for the presentation (content) channel.",
      },
      sv: {
        summary: `presentationsvideon erbjuder ${listOf(names) || "ingen användbar codec"}, inte H.264`,
        advice: "Slå på H.264 för presentationskanalen (content).",
      },
      evidence: { codecs: names },
      lines,
    });
  }
  return toCheck(SLIDES, {
    status: "pass",
    en: { summary: `the slides video offers H.264 (${h264.length} format${h264.length > 1 ? "s" : ""})` },
    sv: { summary: `presentationsvideon erbjuder H.264 (${h264.length} format)` },
    evidence: { codecs: names },
    lines,
  });
}

const LIVE: CheckBase = {
  id: "presentation.floor-and-slides",
  title: "Floor granted and slides received",
  serves: ["H.239", "function-3"],
  specRef: "RFC 8855 §5-§6 (BFCP floor requests); RFC 4796",
};

const WORST: readonly CheckStatus[] = ["fail", "inconclusive", "warn", "pass", "not-tested"];

/**
 * A live presentation: the floor was granted and slides arrived as decodable H.264. When the
 * presentation checks (presentation-check.ts) are in the evidence, their worst verdict decides.
 */
export function presentationLiveCheck(e: Evidence): Check {
  const p = e.presentation;
  if (!p) {
    const why = whyUnavailable(e, ["presentation"], {
      en: "no presentation was tried",
      sv: "ingen presentation prövades",
    });
    return toCheck(LIVE, notTested(`not measured (${why.en})`, `inte mätt (${why.sv})`));
  }
  if (p.checks && p.checks.length > 0) {
    const status = WORST.find((s) => p.checks!.some((c) => c.status === s)) ?? "not-tested";
    const decisive = p.checks.filter((c) => c.status === status);
    return toCheck(LIVE, {
      status,
      en: { summary: `presentation checks: ${decisive.map((c) => `${c.title}: ${c.summary}`).join("; ")}` },
      sv: {
        summary: `presentationskontroller: ${decisive.map((c) => `${checkTitle(c, "sv")}: ${checkSummary(c, "sv")}`).join("; ")}`,
      },
      evidence: { checks: p.checks.map((c) => ({ id: c.id, status: c.status })) },
    });
  }
  const evidence = { ...p, checks: undefined };
  if (p.floorGranted === undefined) {
    return toCheck(LIVE, notTested("no floor request was made", "ingen begäran om golvet gjordes", evidence));
  }
  if (!p.floorGranted) {
    return toCheck(LIVE, {
      status: "fail",
      en: { summary: "the floor was not granted", advice: "Check the endpoint's BFCP role and floor id." },
      sv: { summary: "golvet beviljades inte", advice: "Kontrollera utrustningens BFCP-roll och golv-id." },
      evidence,
    });
  }
  const frames = p.slidesFramesDecoded ?? 0;
  const codec = p.slidesCodec ?? "unknown";
  if (frames === 0 || codec.toUpperCase() !== "H264") {
    const what = frames === 0 ? "no slides frame decoded" : `slides arrived as ${codec}, not H.264`;
    const whatSv =
      frames === 0 ? "ingen presentationsbild avkodades" : `presentationen kom som ${codec}, inte H.264`;
    return toCheck(LIVE, {
      status: "fail",
      en: {
        summary: `floor granted, but ${what}`,
        advice: "Send the presentation as H.264 on the slides stream.",
      },
      sv: {
        summary: `golvet beviljades, men ${whatSv}`,
        advice: "Skicka presentationen som H.264 på presentationsströmmen.",
      },
      evidence,
    });
  }
  const grant = p.grantMs !== undefined ? ` in ${p.grantMs} ms` : "";
  return toCheck(LIVE, {
    status: "pass",
    en: { summary: `floor granted${grant}, ${frames} H.264 slides frames decoded` },
    sv: {
      summary: `golvet beviljades${grant.replace(" in ", " på ")}, ${frames} H.264-presentationsbilder avkodade`,
    },
    evidence,
  });
}
