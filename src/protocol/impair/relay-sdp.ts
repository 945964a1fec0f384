import { ParseError } from "../parse-error.js";

/**
 * The SDP side of a media relay: reads where each RTP m-section wants its media (RFC 4566 c=/m=,
 * RFC 3605 a=rtcp, RFC 8839 a=candidate) and rewrites those places to the relay's ports, so
 * that neither plain RTP, RTCP on its own port, rtcp-mux nor ICE connectivity checks can take a
 * path around the relay. Non-RTP sections (BFCP over TCP or UDP) are left pointing where they were.
 */

export interface RelayMediaLine {
  /** Position of the m-section, from 0. */
  readonly index: number;
  readonly media: string;
  readonly proto: string;
  readonly address: string;
  readonly rtpPort: number;
  /** a=rtcp when given, else the port above RTP (RFC 3550 §11). */
  readonly rtcpPort: number;
  /** The section carries RTP (and is not rejected with port 0), so the relay stands in it. */
  readonly relayed: boolean;
}

export interface RelayPorts {
  readonly address: string;
  readonly rtpPort: number;
  readonly rtcpPort: number;
}

const PORT = /^\d{1,5}$/;

function port(text: string | undefined, field: string, line: number): number {
  const n = Number(text);
  if (!text || !PORT.test(text) || n > 65535)
    throw new ParseError("SDP", field, line, `"${text ?? ""}" is not a port`);
  return n;
}

function connectionAddress(line: string, at: number): string {
  const parts = line.slice(2).trim().split(/\s+/);
  if (parts.length < 3) throw new ParseError("SDP", "c=", at, `"${line}" has no address`);
  return parts[2]!.split("/")[0]!;
}

function splitLines(sdp: string): { lines: string[]; eol: string } {
  const eol = sdp.includes("\r\n") ? "\r\n" : "\n";
  return { lines: sdp.split(eol), eol };
}

/** Where each m-section of `sdp` receives its media. */
export function readRelayMedia(sdp: string): RelayMediaLine[] {
  const { lines } = splitLines(sdp);
  let sessionAddress: string | undefined;
  const out: RelayMediaLine[] = [];
  let current: { media: string; proto: string; rtp: number; address?: string; rtcp?: number } | undefined;
  const flush = () => {
    if (!current) return;
    const address = current.address ?? sessionAddress;
    if (address === undefined)
      throw new ParseError("SDP", "c=", -1, `m=${current.media} has no connection address`);
    out.push({
      index: out.length,
      media: current.media,
      proto: current.proto,
      address,
      rtpPort: current.rtp,
      rtcpPort: current.rtcp ?? current.rtp + 1,
      relayed: current.rtp !== 0 && /^RTP\//i.test(current.proto),
    });
  };
  lines.forEach((line, at) => {
    if (line.startsWith("m=")) {
      flush();
      const [media, portText, proto] = line.slice(2).split(" ");
      current = { media: media ?? "", proto: proto ?? "", rtp: port(portText?.split("/")[0], "m= port", at) };
    } else if (line.startsWith("c=")) {
      if (current) current.address = connectionAddress(line, at);
      else sessionAddress = connectionAddress(line, at);
    } else if (current && line.startsWith("a=rtcp:")) {
      current.rtcp = port(line.slice(7).split(" ")[0], "a=rtcp", at);
    }
  });
  flush();
  return out;
}

/**
 * `sdp` with each relayed section's c=, m= port, a=rtcp and candidates pointing at `relay(index)`;
 * candidates become one host candidate per component (the relay's), a=remote-candidates is
 * dropped. A section the relay does not stand in keeps its own address, written at media level
 * when it had only the session's.
 */
export function rewriteRelaySdp(sdp: string, relay: (index: number) => RelayPorts | undefined): string {
  const media = readRelayMedia(sdp);
  const { lines, eol } = splitLines(sdp);
  const out: string[] = [];
  let index = -1;
  let ports: RelayPorts | undefined;
  const seenComponents = new Set<string>();
  const firstRelayed = media.map((m) => (m.relayed ? relay(m.index) : undefined)).find((p) => p);
  lines.forEach((line, at) => {
    if (line.startsWith("m=")) {
      index++;
      seenComponents.clear();
      const m = media[index]!;
      ports = m.relayed ? relay(index) : undefined;
      const parts = line.split(" ");
      if (ports) parts[1] = String(ports.rtpPort);
      out.push(parts.join(" "));
      // A section we do not relay keeps the address it had when the session's c= changes.
      if (!ports && firstRelayed && !hasOwnConnection(lines, at)) out.push(connectionLine(m.address));
    } else if (line.startsWith("c=")) {
      const to = index < 0 ? firstRelayed : ports;
      out.push(to ? connectionLine(to.address) : line);
    } else if (ports && line.startsWith("a=rtcp:")) {
      const withAddress = line.slice(7).split(" ").length > 1;
      out.push(
        `a=rtcp:${ports.rtcpPort}${withAddress ? ` IN ${ipVersion(ports.address)} ${ports.address}` : ""}`,
      );
    } else if (ports && line.startsWith("a=candidate:")) {
      // RFC 8839 §5.1: foundation component transport priority address port "typ" type.
      const f = line.slice(12).split(" ");
      const component = f[1] ?? "";
      if (f.length < 8 || seenComponents.has(component)) return;
      seenComponents.add(component);
      f[4] = ports.address;
      f[5] = String(component === "2" ? ports.rtcpPort : ports.rtpPort);
      out.push(`a=candidate:${f.slice(0, 6).join(" ")} typ host`);
    } else if (!(ports && line.startsWith("a=remote-candidates:"))) {
      out.push(line);
    }
  });
  return out.join(eol);
}

function connectionLine(address: string): string {
  return `c=IN ${ipVersion(address)} ${address}`;
}

/** Whether the m-section starting at line `m` has its own c= line. */
function hasOwnConnection(lines: readonly string[], m: number): boolean {
  for (let i = m + 1; i < lines.length && !lines[i]!.startsWith("m="); i++) {
    if (lines[i]!.startsWith("c=")) return true;
  }
  return false;
}

function ipVersion(address: string): "IP4" | "IP6" {
  return address.includes(":") ? "IP6" : "IP4";
}
