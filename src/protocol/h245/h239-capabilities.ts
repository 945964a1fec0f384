import type { H245 } from "../asn1/index.js";
import { type H264Capability, h264GenericCapability, readH264Capability } from "./terminal-capabilities.js";

// ITU-T H.239 §7.1 (H.239 capability signals) and Appendix I (its object identifiers): a
// terminal that takes part in H.239 declares the H.239 control capability (a generic control
// capability, no parameters) and, per additional video it can take, an extended video
// capability: the video capabilities (here H.264, H.241 §8.3) with the H.239 extended video
// capability as videoCapabilityExtension, whose roleLabel parameter names the roles (H.239
// §6.1: presentation, live) that video may carry. The same DataType opens the presentation
// channel (H.239 §9), so the role label travels in the OpenLogicalChannel too.

/** H.239 Appendix I: {itu-t recommendation h 239 generic-capabilities(1) h239ControlCapability(1)}. */
export const H239_CONTROL_CAPABILITY_ID = "0.0.8.239.1.1";
/** H.239 Appendix I: {itu-t recommendation h 239 generic-capabilities(1) h239ExtendedVideoCapability(2)}. */
export const H239_EXTENDED_VIDEO_CAPABILITY_ID = "0.0.8.239.1.2";
/** H.239 §7.1: the roleLabel parameter of the extended video capability (a booleanArray). */
export const H239_ROLE_LABEL = 1;
/** H.239 §6.1: role label bits (H323Plus and the capture f-h323plus-video send 1 for presentation). */
export const H239Role = { presentation: 1, live: 2 } as const;

/** The H.239 control capability (H.239 §7.1). */
export function h239ControlCapability(): H245.Capability {
  return {
    choice: "genericControlCapability",
    value: { capabilityIdentifier: { choice: "standard", value: H239_CONTROL_CAPABILITY_ID } },
  };
}

/** H.264 in the presentation role: the VideoCapability of an H.239 extended video (H.239 §7.1, §9). */
export function presentationVideoCapability(h264: H264Capability): H245.VideoCapability {
  return {
    choice: "extendedVideoCapability",
    value: {
      videoCapability: [{ choice: "genericVideoCapability", value: h264GenericCapability(h264) }],
      videoCapabilityExtension: [
        {
          capabilityIdentifier: { choice: "standard", value: H239_EXTENDED_VIDEO_CAPABILITY_ID },
          collapsing: [
            {
              parameterIdentifier: { choice: "standard", value: H239_ROLE_LABEL },
              parameterValue: { choice: "booleanArray", value: H239Role.presentation },
            },
          ],
        },
      ],
    },
  };
}

/** What an extended video capability says: its role bits and the H.264 in it, if any. */
export interface ExtendedVideo {
  /** H239Role bits or'ed; 0 when the extension names no role. */
  readonly roles: number;
  readonly h264?: H264Capability;
  /** The other video capabilities named ("genericVideoCapability", "h263VideoCapability"...). */
  readonly others: readonly string[];
}

/** Reads an H.239 extended video capability; undefined when it is not one (no H.239 extension). */
export function readExtendedVideo(v: H245.VideoCapability): ExtendedVideo | undefined {
  if (v.choice !== "extendedVideoCapability") return undefined;
  const ext = (v.value.videoCapabilityExtension ?? []).find(
    (g) =>
      g.capabilityIdentifier.choice === "standard" &&
      g.capabilityIdentifier.value === H239_EXTENDED_VIDEO_CAPABILITY_ID,
  );
  if (!ext) return undefined;
  let roles = 0;
  for (const p of ext.collapsing ?? []) {
    if (p.parameterIdentifier.choice !== "standard" || p.parameterIdentifier.value !== H239_ROLE_LABEL)
      continue;
    if (p.parameterValue.choice === "booleanArray") roles |= p.parameterValue.value;
  }
  let h264: H264Capability | undefined;
  const others: string[] = [];
  for (const inner of v.value.videoCapability) {
    const read = inner.choice === "genericVideoCapability" ? readH264Capability(inner.value) : undefined;
    if (read && !h264) h264 = read;
    else if (!read) others.push(inner.choice);
  }
  return { roles, ...(h264 ? { h264 } : {}), others };
}

/** The H.239 part of a TerminalCapabilitySet (H.239 §7.1). */
export interface H239Capabilities {
  /** The H.239 control capability is in the table. */
  readonly control: boolean;
  /** Extended video capabilities that take the presentation role, as received. */
  readonly presentation: readonly ExtendedVideo[];
  /** The table entry numbers of those (for evidence). */
  readonly entries: readonly number[];
}

/** Reads the H.239 capabilities of a set: a presentation the far end receives needs both. */
export function readH239Capabilities(set: H245.TerminalCapabilitySet): H239Capabilities {
  let control = false;
  const presentation: ExtendedVideo[] = [];
  const entries: number[] = [];
  for (const entry of set.capabilityTable ?? []) {
    const c = entry.capability;
    if (!c) continue;
    if (
      c.choice === "genericControlCapability" &&
      c.value.capabilityIdentifier.choice === "standard" &&
      c.value.capabilityIdentifier.value === H239_CONTROL_CAPABILITY_ID
    ) {
      control = true;
      entries.push(entry.capabilityTableEntryNumber);
      continue;
    }
    if (c.choice !== "receiveVideoCapability" && c.choice !== "receiveAndTransmitVideoCapability") continue;
    const ext = readExtendedVideo(c.value);
    if (ext && (ext.roles & H239Role.presentation) !== 0) {
      presentation.push(ext);
      entries.push(entry.capabilityTableEntryNumber);
    }
  }
  return { control, presentation, entries };
}
