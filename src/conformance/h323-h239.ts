import { type H245, multimediaSystemControlMessage } from "../protocol/asn1/index.js";
import { parseCallPdu } from "../protocol/h225/call-pdu.js";
import { H239Role, readExtendedVideo, readH239Capabilities } from "../protocol/h245/h239-capabilities.js";
import { describeH239, readH239 } from "../protocol/h245/h239-messages.js";
import { h264GenericCapability } from "../protocol/h245/terminal-capabilities.js";
import { describeVideo } from "../protocol/h323/media-codec.js";
import { ParseError } from "../protocol/parse-error.js";
import type { H323WireMessage } from "./h323-evidence.js";

// The H.239 evidence of an H.323 call, read from the H.245 bytes both ways: what the endpoint
// declared (H.239 §7.1: the control capability, extended video in the presentation role), and
// the presentation exchange as it happened on the wire (H.239 §8.5 token messages, §9 the
// presentation channels and their answers), each message one line with who sent it.

export interface H239ExchangeLine {
  readonly by: "endpoint" | "vdm-test";
  readonly line: string;
}

export interface H239Evidence {
  /** The endpoint's capability set had the H.239 control capability. */
  readonly control: boolean;
  /** Its presentation-role extended video capabilities, named ("H.264 Baseline level 3.1"). */
  readonly presentation: readonly string[];
  /** Whether it sent a capability set at all (none on a fast start call without H.245). */
  readonly capabilitiesSeen: boolean;
  /** Token messages and presentation channels, in wire order. */
  readonly exchange: readonly H239ExchangeLine[];
  /** H.239 messages of the endpoint that broke H.239 §8 (the ParseError's text). */
  readonly errors: readonly string[];
}

function decode(bytes: Uint8Array): H245.MultimediaSystemControlMessage | undefined {
  try {
    return multimediaSystemControlMessage.decode(bytes);
  } catch (e) {
    if (e instanceof ParseError) return undefined;
    throw e;
  }
}

const isPresentation = (d: H245.DataType): boolean => {
  if (d.choice !== "videoData") return false;
  const ext = readExtendedVideo(d.value);
  return ext !== undefined && (ext.roles & H239Role.presentation) !== 0;
};

/**
 * Every H.245 PDU of the log with its record: a live log records tunnelled H.245 on its own
 * (channel "h245", tunnelled); a log read from a capture may only have the Q.931 messages, whose
 * h245Control then holds it (H.323 §8.2.1).
 */
function h245Pdus(messages: readonly H323WireMessage[]): { w: H323WireMessage; bytes: Uint8Array }[] {
  const ownRecords = messages.some((m) => m.channel === "h245" && m.tunnelled);
  return messages.flatMap((w) => {
    if (w.channel === "h245") return [{ w, bytes: w.bytes }];
    if (ownRecords) return [];
    try {
      return (parseCallPdu(w.bytes).uu["h323-uu-pdu"].h245Control ?? []).map((bytes) => ({ w, bytes }));
    } catch (e) {
      if (e instanceof ParseError) return [];
      throw e;
    }
  });
}

/** Reads the H.239 evidence from a call's message log (both directions). Pure. */
export function readH239Evidence(messages: readonly H323WireMessage[]): H239Evidence {
  let control = false;
  let capabilitiesSeen = false;
  let presentation: string[] = [];
  const exchange: H239ExchangeLine[] = [];
  const errors: string[] = [];
  /** Presentation channel numbers opened by each side. */
  const channels = { endpoint: new Set<number>(), "vdm-test": new Set<number>() };
  for (const { w, bytes } of h245Pdus(messages)) {
    const m = decode(bytes);
    if (!m || m.choice === "$unknown") continue;
    const by = w.direction === "received" ? "endpoint" : "vdm-test";
    const other = by === "endpoint" ? "vdm-test" : "endpoint";
    const v = m.value as { choice: string; value: unknown };
    if (by === "endpoint" && v.choice === "terminalCapabilitySet") {
      const set = v.value as H245.TerminalCapabilitySet;
      const h239 = readH239Capabilities(set);
      capabilitiesSeen = true;
      control = h239.control;
      presentation = h239.presentation.map((p) =>
        p.h264
          ? describeVideo({ choice: "genericVideoCapability", value: h264GenericCapability(p.h264) })
          : p.others.join(", ") || "no video named",
      );
      continue;
    }
    try {
      const h239 = readH239(m);
      if (h239) {
        exchange.push({ by, line: describeH239(h239) });
        continue;
      }
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      if (by === "endpoint") errors.push(e.message);
      exchange.push({ by, line: `malformed H.239 message: ${e.message}` });
      continue;
    }
    if (v.choice === "openLogicalChannel") {
      const olc = v.value as H245.OpenLogicalChannel;
      const d = olc.forwardLogicalChannelParameters.dataType;
      if (!isPresentation(d)) continue;
      channels[by].add(olc.forwardLogicalChannelNumber);
      const name = d.choice === "videoData" ? describeVideo(d.value) : d.choice;
      exchange.push({ by, line: `openLogicalChannel ${olc.forwardLogicalChannelNumber} (${name})` });
    } else if (
      v.choice === "openLogicalChannelAck" ||
      v.choice === "openLogicalChannelReject" ||
      v.choice === "closeLogicalChannel"
    ) {
      const n = (v.value as { forwardLogicalChannelNumber: number }).forwardLogicalChannelNumber;
      // An answer names the other side's channel; a close names one's own.
      const owner = v.choice === "closeLogicalChannel" ? by : other;
      if (!channels[owner].has(n)) continue;
      const cause =
        v.choice === "openLogicalChannelReject"
          ? ` (${(v.value as H245.OpenLogicalChannelReject).cause.choice})`
          : "";
      exchange.push({ by, line: `${v.choice} ${n}${cause}` });
    }
  }
  return { control, presentation, capabilitiesSeen, exchange, errors };
}
