import type { MediaSection, SessionReading } from "./media-section.js";

/** RFC 8839 §5.4: ice-ufrag (4-256 ice-chars) and ice-pwd (22-256 ice-chars). */
export interface IceCredentials {
  readonly ufrag: string;
  readonly pwd: string;
}

export interface IceCandidate {
  readonly foundation: string;
  /** 1 = RTP, 2 = RTCP (RFC 8445 §5.1.1). */
  readonly component: number;
  readonly transport: string;
  readonly priority: number;
  readonly address: string;
  readonly port: number;
  readonly type: string;
  readonly line: string;
}

/** The ICE a peer's SDP describes for one m-section (media-level attributes override session ones). */
export interface IceDescription {
  readonly ufrag: string;
  readonly pwd: string;
  readonly lite: boolean;
  readonly candidates: readonly IceCandidate[];
}

const ICE_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Credentials from random octets (the caller supplies them: the core has no randomness). */
export function iceCredentials(random: Uint8Array): IceCredentials {
  if (random.length < 30) throw new RangeError("iceCredentials: needs 30 random octets");
  const chars = [...random].map((b) => ICE_CHARS[b & 63]!);
  return { ufrag: chars.slice(0, 8).join(""), pwd: chars.slice(8, 30).join("") };
}

/**
 * RFC 8445 §5.1.2.1: priority = 2^24 * type preference + 2^8 * local preference + (256 - component).
 * Host candidates take type preference 126 (§5.1.2.2) and, with one address, local preference 65535.
 */
export function hostPriority(component: number): number {
  return 126 * 2 ** 24 + 65535 * 2 ** 8 + (256 - component);
}

/** RFC 8839 §5.1: our host candidates for one stream; an RTCP component only when not multiplexing. */
export function hostCandidateLines(address: string, rtpPort: number, rtcpPort: number | undefined): string[] {
  const lines = [`a=candidate:1 1 UDP ${hostPriority(1)} ${address} ${rtpPort} typ host`];
  if (rtcpPort !== undefined)
    lines.push(`a=candidate:1 2 UDP ${hostPriority(2)} ${address} ${rtcpPort} typ host`);
  return lines;
}

/** RFC 8839 §5.3, §5.4: session-level a=ice-lite (when lite), a=ice-ufrag and a=ice-pwd. */
export function iceSessionLines(creds: IceCredentials, lite: boolean): string[] {
  return [...(lite ? ["a=ice-lite"] : []), `a=ice-ufrag:${creds.ufrag}`, `a=ice-pwd:${creds.pwd}`];
}

/**
 * RFC 8839 §5.1:
 *   candidate-attribute = "candidate" ":" foundation SP component-id SP transport SP priority SP
 *                         connection-address SP port SP cand-type [SP rel-addr] [SP rel-port] *(SP extension)
 */
export function parseCandidate(line: string): IceCandidate | undefined {
  const m = /^a=candidate:(\S+) (\d+) (\S+) (\d+) (\S+) (\d+) typ (\S+)/.exec(line.trim());
  if (!m) return undefined;
  const port = Number(m[6]);
  const component = Number(m[2]);
  if (port > 65535 || component < 1 || component > 256) return undefined;
  return {
    foundation: m[1]!,
    component,
    transport: m[3]!.toUpperCase(),
    priority: Number(m[4]),
    address: m[5]!,
    port,
    type: m[7]!,
    line: line.trim(),
  };
}

/** The a=candidate lines of an m-section, as written, and those that parse (RFC 8839 §5.1). */
export function candidatesOf(lines: readonly string[]): {
  readonly lines: readonly string[];
  readonly parsed: readonly IceCandidate[];
} {
  const written = lines.filter((l) => l.startsWith("a=candidate:"));
  return {
    lines: written,
    parsed: written.flatMap((l) => {
      const c = parseCandidate(l);
      return c ? [c] : [];
    }),
  };
}

function attr(lines: readonly string[], name: string): string | undefined {
  const prefix = `a=${name}:`;
  return lines
    .find((l) => l.startsWith(prefix))
    ?.slice(prefix.length)
    .trim();
}

/** The ICE of one m-section, or undefined when it has no ufrag and pwd (no ICE offered). */
export function readIce(session: SessionReading, section: MediaSection): IceDescription | undefined {
  const ufrag = attr(section.lines, "ice-ufrag") ?? attr(session.sessionLines, "ice-ufrag");
  const pwd = attr(section.lines, "ice-pwd") ?? attr(session.sessionLines, "ice-pwd");
  if (!ufrag || !pwd) return undefined;
  const candidates = candidatesOf(section.lines).parsed;
  return { ufrag, pwd, lite: session.sessionLines.some((l) => l.trim() === "a=ice-lite"), candidates };
}

/**
 * RFC 8445 §6.1.2.2: a pair joins candidates of one address family. A loopback address pairs
 * only with loopback ones and any other address with no loopback one, so an agent bound to
 * 127.0.0.1 never sends a check, or answers one, off the host's loopback.
 */
export function pairable(local: string, remote: string): boolean {
  const v6 = (a: string) => a.includes(":");
  const loopback = (a: string) => /^127\./.test(a) || a === "::1" || a === "::ffff:127.0.0.1";
  return v6(local) === v6(remote) && loopback(local) === loopback(remote);
}
