import type { Phrase } from "../report/i18n/bilingual.js";
import type { Check } from "../report/model.js";

// The presentation checks (test-room function "share a presentation": the caller's picture is
// replaced by the presentation; H.239 for SIP equipment is BFCP, RFC 8855, with a slides stream,
// RFC 4796). Pure verdicts from the evidence the call collected.

/** Why presentation was not tried at all; every presentation check is then not-tested. */
export type PresentationSkip = { readonly skipped: true; readonly reason: Phrase };

export interface FloorEvidence {
  /** How the floor request ended: granted, denied, revoked, failed (with the machine's reason) or timeout. */
  readonly outcome: "granted" | "denied" | "revoked" | "failed" | "timeout" | "not-requested";
  readonly reason?: string;
  /** FloorRequest sent → FloorRequestStatus Granted, ms. */
  readonly requestToGrantMs?: number;
  /** How the release ended: released (FloorRequestStatus Released), or what happened instead. */
  readonly release?: "released" | "revoked" | "failed" | "timeout";
  readonly releaseMs?: number;
}

export interface SlidesInMirrorEvidence {
  /** Grant → first decoded frame of family 1 (slides) on the main video, ms. */
  readonly grantToFirstSlidesFrameMs?: number;
  /** Family-1 frames decoded on the main video while we presented. */
  readonly slidesFrames: number;
  /** Our slides frames sent. */
  readonly slidesFramesSent: number;
  /** Camera frames (family 0) decoded on the main video while we presented (should be ~0). */
  readonly cameraFramesWhilePresenting: number;
  /** Release → first camera frame back on the main video, ms. */
  readonly releaseToCameraMs?: number;
}

export interface ReceiveSlidesEvidence {
  readonly packets: number;
  readonly framesDecoded: number;
  /** Decoded frames carrying a family-1 frame code. */
  readonly slidesFrames: number;
  /** Media start → first family-1 frame decoded, ms. */
  readonly firstSlidesFrameMs?: number;
  readonly decodeErrors: readonly string[];
}

const FLOOR = {
  id: "presentation.floor-granted",
  title: "Presentation: floor granted and released (BFCP)",
  serves: ["presentation", "H.239", "BFCP"],
  specRef: "RFC 8855 §10.1, §10.2; RFC 8856",
};
const MIRROR = {
  id: "presentation.slides-replace-mirror",
  title: "Presentation: your slides replace your picture",
  serves: ["presentation", "H.239"],
  specRef: "Testrum Sjunet: presentation; RFC 4796",
};
const RECEIVE = {
  id: "presentation.receive-slides",
  title: "Presentation: you receive others' slides",
  serves: ["presentation", "H.239"],
  specRef: "RFC 4796; RFC 8855 §13.5",
};

/** Adds the Swedish wording beside the English summary (renderers pick by --lang). */
function bilingual(check: Check, sv: string): Check {
  return { ...check, text: { en: { summary: check.summary }, sv: { summary: sv } } };
}

export function skippedPresentationChecks(skip: PresentationSkip, alias: boolean): Check[] {
  const not = (base: typeof FLOOR): Check =>
    bilingual(
      { ...base, status: "not-tested", summary: skip.reason.en, evidence: { reason: skip.reason.en } },
      skip.reason.sv,
    );
  return alias ? [not(RECEIVE)] : [not(FLOOR), not(MIRROR)];
}

/** The floor was granted after our FloorRequest and released cleanly after our FloorRelease. */
export function floorCheck(f: FloorEvidence): Check {
  const evidence = { ...f };
  if (f.outcome !== "granted") {
    const why =
      f.outcome === "denied"
        ? "the floor control server denied our FloorRequest"
        : f.outcome === "timeout"
          ? "no FloorRequestStatus Granted came in time"
          : f.outcome === "not-requested"
            ? "the floor was never requested"
            : `the floor request ended ${f.outcome}`;
    const whySv =
      f.outcome === "denied"
        ? "golvkontrollservern avslog vår FloorRequest"
        : f.outcome === "timeout"
          ? "inget FloorRequestStatus Granted kom i tid"
          : f.outcome === "not-requested"
            ? "golvet begärdes aldrig"
            : `golvbegäran slutade ${f.outcome}`;
    const reason = f.reason ? `: ${f.reason}` : "";
    return bilingual({ ...FLOOR, status: "fail", summary: `${why}${reason}`, evidence }, `${whySv}${reason}`);
  }
  const grant = `granted in ${f.requestToGrantMs ?? "?"} ms`;
  const grantSv = `beviljat efter ${f.requestToGrantMs ?? "?"} ms`;
  if (f.release !== "released") {
    return bilingual(
      {
        ...FLOOR,
        status: "fail",
        summary: `${grant}, but the release was not confirmed (${f.release ?? "not attempted"})`,
        evidence,
      },
      `${grantSv}, men släppet bekräftades inte (${f.release ?? "inte försökt"})`,
    );
  }
  return bilingual(
    { ...FLOOR, status: "pass", summary: `${grant}, released in ${f.releaseMs ?? "?"} ms`, evidence },
    `${grantSv}, släppt efter ${f.releaseMs ?? "?"} ms`,
  );
}

/** Our slides came back on the main video in place of our camera, and the camera came back after release. */
export function slidesReplaceMirrorCheck(floorGranted: boolean, e: SlidesInMirrorEvidence): Check {
  const evidence = { ...e };
  if (!floorGranted) {
    return bilingual(
      {
        ...MIRROR,
        status: "not-tested",
        summary: "the floor was not granted, so no slides were sent",
        evidence,
      },
      "golvet beviljades inte, så inga bilder skickades",
    );
  }
  if (e.slidesFramesSent === 0) {
    return bilingual(
      { ...MIRROR, status: "inconclusive", summary: "no slides frames could be sent", evidence },
      "inga presentationsbilder kunde skickas",
    );
  }
  if (e.slidesFrames === 0 || e.grantToFirstSlidesFrameMs === undefined) {
    return bilingual(
      {
        ...MIRROR,
        status: "fail",
        summary: `none of our ${e.slidesFramesSent} slides frames came back on the main video while we held the floor`,
        evidence,
      },
      `ingen av våra ${e.slidesFramesSent} presentationsbilder kom tillbaka i huvudvideon medan vi hade golvet`,
    );
  }
  const shown = `slides shown ${e.grantToFirstSlidesFrameMs} ms after the grant (${e.slidesFrames} frames)`;
  const shownSv = `presentationen visades ${e.grantToFirstSlidesFrameMs} ms efter beviljandet (${e.slidesFrames} bilder)`;
  if (e.releaseToCameraMs === undefined) {
    return bilingual(
      {
        ...MIRROR,
        status: "fail",
        summary: `${shown}, but our camera picture did not come back after the release`,
        evidence,
      },
      `${shownSv}, men vår kamerabild kom inte tillbaka efter släppet`,
    );
  }
  return bilingual(
    {
      ...MIRROR,
      status: "pass",
      summary: `${shown}; camera back ${e.releaseToCameraMs} ms after release`,
      evidence,
    },
    `${shownSv}; kameran tillbaka ${e.releaseToCameraMs} ms efter släppet`,
  );
}

/** The far end's slides arrived on the content stream and decoded to family-1 frames. */
export function receiveSlidesCheck(e: ReceiveSlidesEvidence): Check {
  const evidence = { ...e };
  if (e.packets === 0) {
    return bilingual(
      { ...RECEIVE, status: "fail", summary: "no packets arrived on the slides stream", evidence },
      "inga paket kom på presentationsströmmen",
    );
  }
  if (e.slidesFrames === 0) {
    return bilingual(
      {
        ...RECEIVE,
        status: "fail",
        summary: `${e.packets} packets arrived on the slides stream but no slides frame could be read (${e.framesDecoded} pictures decoded)`,
        evidence,
      },
      `${e.packets} paket kom på presentationsströmmen men ingen presentationsbild gick att läsa (${e.framesDecoded} bilder avkodade)`,
    );
  }
  return bilingual(
    {
      ...RECEIVE,
      status: "pass",
      summary: `${e.slidesFrames} slides frames decoded, the first ${e.firstSlidesFrameMs ?? "?"} ms after media start`,
      evidence,
    },
    `${e.slidesFrames} presentationsbilder avkodade, den första ${e.firstSlidesFrameMs ?? "?"} ms efter mediestart`,
  );
}
