// Which of a caller's two video streams feeds the room's mirror. The national test room replaces
// the caller's picture by its presentation while the caller holds the floor (H.239 behaviour,
// BFCP per RFC 8855 for SIP). Sans-IO: floor events and packet arrivals come in with `now`; the
// keyframe requests and switches it decides come out of pollEffect().
//
// A switch waits for a keyframe of the new source (asked for at once, RFC 4585 §6.3.1 PLI /
// RFC 5104 §4.3.1 FIR), so the receiver never starts the new picture from a predicted frame; if
// none comes within keyframeWaitMs it switches anyway. The mirror (createMirror) keeps sequence
// numbers and timestamps continuous across the switch.

export type MirrorSource = "camera" | "slides";

export type SwitchState =
  /** The floor is not the caller's: the camera feeds the mirror. */
  | { readonly name: "camera" }
  /** Granted; camera still shown until the slides stream brings a keyframe. */
  | { readonly name: "awaiting-slides"; readonly grantedAt: number; readonly firstSlidesAt?: number }
  | { readonly name: "slides"; readonly since: number; readonly lastSlidesAt: number }
  /** Released (or the slides stopped); slides still shown until the camera brings a keyframe. */
  | { readonly name: "returning"; readonly since: number };

export type SwitchStateName = SwitchState["name"];

export type SwitchEffect =
  | { readonly type: "request-keyframe"; readonly source: MirrorSource; readonly at: number }
  | {
      readonly type: "switched";
      readonly to: MirrorSource;
      readonly at: number;
      /** "keyframe" when the new source's keyframe arrived, "timeout" when it did not in time. */
      readonly how: "keyframe" | "timeout";
    };

export interface PresentationSwitchOptions {
  /** How long a switch waits for the new source's keyframe; default 1500 ms. */
  readonly keyframeWaitMs?: number;
  /** Slides silent this long while shown: back to the camera; default 2000 ms. */
  readonly stallMs?: number;
  /** Keyframe requests to one source at most this often; default 500 ms. */
  readonly keyframeRequestIntervalMs?: number;
}

const ALLOWED: Record<SwitchStateName, readonly SwitchStateName[]> = {
  camera: ["awaiting-slides"],
  "awaiting-slides": ["awaiting-slides", "slides", "camera"],
  slides: ["slides", "returning"],
  returning: ["camera", "awaiting-slides"],
};

export class PresentationSwitch {
  private current: SwitchState = { name: "camera" };
  private readonly effects: SwitchEffect[] = [];
  private readonly lastRequest: Record<MirrorSource, number> = {
    camera: Number.NEGATIVE_INFINITY,
    slides: Number.NEGATIVE_INFINITY,
  };
  private readonly keyframeWaitMs: number;
  private readonly stallMs: number;
  private readonly requestIntervalMs: number;

  constructor(opts: PresentationSwitchOptions = {}) {
    this.keyframeWaitMs = opts.keyframeWaitMs ?? 1500;
    this.stallMs = opts.stallMs ?? 2000;
    this.requestIntervalMs = opts.keyframeRequestIntervalMs ?? 500;
  }

  get state(): SwitchState {
    return this.current;
  }

  /** The source whose packets the mirror takes now. */
  get source(): MirrorSource {
    const n = this.current.name;
    return n === "slides" || n === "returning" ? "slides" : "camera";
  }

  /** The caller was granted the floor (FloorServer "floor-granted"). */
  floorGranted(now: number): void {
    const n = this.current.name;
    if (n === "camera" || n === "returning") {
      this.transition({ name: "awaiting-slides", grantedAt: now });
      this.requestKeyframe(now, "slides");
    }
  }

  /** The caller's floor ended: released, revoked, or the participant went away. */
  floorReleased(now: number): void {
    const n = this.current.name;
    if (n === "awaiting-slides") this.transition({ name: "camera" });
    else if (n === "slides") this.startReturn(now);
  }

  /**
   * One RTP packet of `source` arrived; `keyframeStart` when it starts a keyframe (startsKeyframe).
   * Returns true when the packet is to feed the mirror.
   */
  packet(now: number, source: MirrorSource, keyframeStart: boolean): boolean {
    const s = this.current;
    if (source === "slides") {
      if (s.name === "awaiting-slides") {
        if (keyframeStart) {
          this.switchTo(now, "slides", "keyframe");
          return true;
        }
        if (s.firstSlidesAt === undefined) this.transition({ ...s, firstSlidesAt: now });
        this.requestKeyframe(now, "slides");
        return false;
      }
      if (s.name === "slides") {
        this.transition({ ...s, lastSlidesAt: now });
        return true;
      }
      return s.name === "returning";
    }
    if (s.name === "returning") {
      if (!keyframeStart) {
        this.requestKeyframe(now, "camera");
        return false;
      }
      this.switchTo(now, "camera", "keyframe");
      return true;
    }
    return s.name === "camera" || s.name === "awaiting-slides";
  }

  /** Ends waits that ran out (keyframe never came, slides went silent). */
  handleTimeout(now: number): void {
    const s = this.current;
    if (s.name === "awaiting-slides" && s.firstSlidesAt !== undefined) {
      if (now - s.firstSlidesAt >= this.keyframeWaitMs) this.switchTo(now, "slides", "timeout");
    } else if (s.name === "slides" && now - s.lastSlidesAt >= this.stallMs) {
      this.startReturn(now);
    } else if (s.name === "returning" && now - s.since >= this.keyframeWaitMs) {
      this.switchTo(now, "camera", "timeout");
    }
  }

  /** When handleTimeout next has work; undefined when nothing waits. */
  nextTimeout(): number | undefined {
    const s = this.current;
    if (s.name === "awaiting-slides")
      return s.firstSlidesAt === undefined ? undefined : s.firstSlidesAt + this.keyframeWaitMs;
    if (s.name === "slides") return s.lastSlidesAt + this.stallMs;
    if (s.name === "returning") return s.since + this.keyframeWaitMs;
    return undefined;
  }

  pollEffect(): SwitchEffect | undefined {
    return this.effects.shift();
  }

  private startReturn(now: number): void {
    this.transition({ name: "returning", since: now });
    this.requestKeyframe(now, "camera");
  }

  private switchTo(now: number, to: MirrorSource, how: "keyframe" | "timeout"): void {
    this.transition(to === "slides" ? { name: "slides", since: now, lastSlidesAt: now } : { name: "camera" });
    this.effects.push({ type: "switched", to, at: now, how });
  }

  private requestKeyframe(now: number, source: MirrorSource): void {
    if (now - this.lastRequest[source] < this.requestIntervalMs) return;
    this.lastRequest[source] = now;
    this.effects.push({ type: "request-keyframe", source, at: now });
  }

  /** The one guarded transition (STYLE rule 5). */
  private transition(to: SwitchState): void {
    if (!ALLOWED[this.current.name].includes(to.name)) {
      throw new Error(`presentation switch: illegal transition ${this.current.name} -> ${to.name}`);
    }
    this.current = to;
  }
}
