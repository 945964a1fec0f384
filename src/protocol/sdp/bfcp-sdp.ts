// RFC 8856 (SDP format for BFCP streams), RFC 4145 (TCP setup/connection),
// RFC 4796 (a=content:slides), RFC 4574 (a=label). Pure: SDP text in, typed
// description and answer lines out. Parsed line by line so that real
// equipment's quirks (legacy "m-stream:", setup on UDP, port 0 slides with
// attributes) are seen and noted rather than lost.

export type BfcpProto = "TCP/BFCP" | "UDP/BFCP" | "TCP/TLS/BFCP" | "UDP/TLS/BFCP";
/** RFC 8856 §4 a=floorctrl roles. */
export type FloorCtrlRole = "c-only" | "s-only" | "c-s";
/** RFC 4145 §4 a=setup values. */
export type SetupRole = "active" | "passive" | "actpass" | "holdconn";

/** RFC 8856 §6 a=floorid:N mstrm:L [L...]: the floor and the media streams (labels) it controls. */
export interface BfcpFloorMapping {
  readonly floorId: number;
  readonly labels: readonly string[];
  /** Written "m-stream:" (the draft spelling some Yealink/AVer firmware still sends). */
  readonly legacySpelling: boolean;
}

/** A video stream marked a=content:slides (RFC 4796). */
export interface SlidesStream {
  readonly mediaIndex: number;
  readonly port: number;
  readonly label: string | undefined;
  readonly content: readonly string[];
}

/** The BFCP media description of one SDP, with what it says about the slides stream. */
export interface BfcpMediaDescription {
  /** Position among the m= lines (0-based). */
  readonly mediaIndex: number;
  readonly port: number;
  readonly proto: BfcpProto;
  readonly transport: "tcp" | "udp";
  readonly tls: boolean;
  /** Media-level c= address, else the session-level one. */
  readonly connectionAddress: string | undefined;
  /** a=floorctrl roles in the order listed; empty when the attribute is absent. */
  readonly floorctrl: readonly FloorCtrlRole[];
  readonly confId: number | undefined;
  readonly userId: number | undefined;
  readonly floors: readonly BfcpFloorMapping[];
  /** a=bfcpver (RFC 8856 §5); empty when absent. */
  readonly bfcpVersions: readonly number[];
  readonly setup: SetupRole | undefined;
  readonly connection: "new" | "existing" | undefined;
  readonly slides: readonly SlidesStream[];
}

export interface BfcpReading {
  /** The first BFCP m= line (preferring one with a non-zero port); undefined when none. */
  readonly media: BfcpMediaDescription | undefined;
  /** Anything odd: legacy spelling, a floor pointing at no label, a slides stream without label... */
  readonly notes: readonly string[];
}

/** What both sides agreed on, for the machine and socket that run BFCP. */
export interface BfcpNegotiation {
  readonly transport: "tcp" | "udp";
  readonly proto: BfcpProto;
  readonly tls: boolean;
  /** BFCP version to put in the common header. */
  readonly version: 1 | 2;
  readonly ourRole: "c-only" | "s-only";
  readonly theirRole: "c-only" | "s-only";
  readonly confId: number;
  readonly userId: number;
  readonly floorId: number;
  /** The label of the slides stream the floor controls (in the answer we send or receive). */
  readonly label: string;
  /** Our TCP role (RFC 4145): "active" connects, "passive" listens; undefined over UDP. */
  readonly setup: "active" | "passive" | undefined;
  readonly remotePort: number;
  readonly remoteAddress: string | undefined;
}

export type BfcpAnswer =
  | {
      readonly ok: true;
      /** The m=application section of our answer: m= line first, then c= (if asked) and attributes. */
      readonly lines: readonly string[];
      /** Attribute lines for our slides m=video (RFC 4796, RFC 4574). */
      readonly slidesLines: readonly string[];
      readonly negotiated: BfcpNegotiation;
      readonly notes: readonly string[];
    }
  | {
      readonly ok: false;
      /** A port-0 m= line that declines the BFCP stream (RFC 3264 §6). */
      readonly lines: readonly string[];
      readonly reason: string;
      readonly notes: readonly string[];
    };

export interface BfcpAnswerOptions {
  /** Our BFCP port (TCP listening port or UDP port). */
  readonly port: number;
  /** a=confid to hand out; default the offer's, else 1. */
  readonly confId?: number;
  /** a=userid to hand out; default the offer's, else 2. */
  readonly userId?: number;
  /** a=floorid to use; default the offer's first floor, else 1. */
  readonly floorId?: number;
  /** Label of our slides m=video; default the offer's slides label, else "3". */
  readonly slidesLabel?: string;
  /** TCP role to pick when the offer says actpass; default "passive" (we listen). */
  readonly preferSetup?: "active" | "passive";
  /** Adds a media-level c= line with this IPv4 address. */
  readonly connectionAddress?: string;
}

export interface BfcpOfferOptions {
  readonly transport: "tcp" | "udp";
  /** Our a=floorctrl; default "c-only" (a caller that only presents). */
  readonly role?: "c-only" | "c-s";
  readonly port: number;
  /** Label of our slides m=video; default "3". */
  readonly slidesLabel?: string;
  /** Floor id, conference id and user id offered when we could be server (c-s). Defaults 1, 1, 2. */
  readonly floorId?: number;
  readonly confId?: number;
  readonly userId?: number;
  /** a=setup for TCP; default "actpass". */
  readonly setup?: "active" | "passive" | "actpass";
  /** a=bfcpver values; default [1] over TCP, [2] over UDP. */
  readonly bfcpVersions?: readonly number[];
  readonly connectionAddress?: string;
}

interface MediaSection {
  readonly index: number;
  readonly type: string;
  readonly port: number;
  readonly proto: string;
  readonly connection: string | undefined;
  readonly attrs: readonly { readonly name: string; readonly value: string }[];
}

const BFCP_PROTOS: readonly BfcpProto[] = ["TCP/BFCP", "UDP/BFCP", "TCP/TLS/BFCP", "UDP/TLS/BFCP"];

/** RFC 4566 §5: splits SDP into m= sections; a SIP message's head (before v=) is skipped. */
function sections(sdpText: string): { sessionConnection: string | undefined; media: MediaSection[] } {
  const lines = sdpText.split(/\r?\n/).map((l) => l.trim());
  const start = lines.findIndex((l) => l.startsWith("v="));
  let sessionConnection: string | undefined;
  const media: {
    index: number;
    type: string;
    port: number;
    proto: string;
    connection?: string;
    attrs: { name: string; value: string }[];
  }[] = [];
  for (const line of start < 0 ? lines : lines.slice(start)) {
    const m = /^m=(\S+) (\d+)(?:\/\d+)? (\S+)/.exec(line);
    if (m) {
      media.push({ index: media.length, type: m[1]!, port: Number(m[2]), proto: m[3]!, attrs: [] });
      continue;
    }
    const cur = media.at(-1);
    const c = /^c=IN IP[46] (\S+)/.exec(line);
    if (c) {
      if (cur) cur.connection = c[1];
      else sessionConnection = c[1];
      continue;
    }
    const a = /^a=([^:\s]+)(?::(.*))?$/.exec(line);
    if (a && cur) cur.attrs.push({ name: a[1]!.toLowerCase(), value: (a[2] ?? "").trim() });
  }
  return { sessionConnection, media: media.map((m) => ({ ...m, connection: m.connection })) };
}

function attr(m: MediaSection, name: string): string | undefined {
  return m.attrs.find((a) => a.name === name)?.value;
}

function uint(v: string | undefined): number | undefined {
  return v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined;
}

/**
 * Finds the BFCP stream of an SDP offer (or answer) and the slides video it controls.
 * Accepts a bare SDP body or a whole SIP message (the body starts at "v=").
 */
export function readBfcpOffer(sdpText: string): BfcpReading {
  const notes: string[] = [];
  const { sessionConnection, media } = sections(sdpText);
  const bfcp = media.filter(
    (m) => m.type === "application" && BFCP_PROTOS.includes(m.proto.toUpperCase() as BfcpProto),
  );
  if (bfcp.length === 0)
    return { media: undefined, notes: ["no BFCP m= line (TCP/BFCP, UDP/BFCP, TCP/TLS/BFCP, UDP/TLS/BFCP)"] };
  if (bfcp.length > 1) notes.push(`${bfcp.length} BFCP m= lines; using the first with a non-zero port`);
  const m = bfcp.find((b) => b.port !== 0) ?? bfcp[0]!;
  if (m.port === 0) notes.push("BFCP m= line has port 0 (stream declined)");
  const proto = m.proto.toUpperCase() as BfcpProto;
  const transport = proto.startsWith("TCP") ? "tcp" : "udp";

  const floorctrl = parseFloorctrl(attr(m, "floorctrl"), notes);
  const floors = m.attrs.filter((a) => a.name === "floorid").flatMap((a) => parseFloorId(a.value, notes));
  const bfcpVersions = (attr(m, "bfcpver") ?? "")
    .split(/\s+/)
    .filter(Boolean)
    .map(Number)
    .filter(Number.isInteger);
  const setupRaw = attr(m, "setup")?.toLowerCase();
  const setup = (["active", "passive", "actpass", "holdconn"] as const).find((s) => s === setupRaw);
  if (setupRaw !== undefined && !setup) notes.push(`unknown a=setup:${setupRaw}`);
  if (setup && transport === "udp")
    notes.push(`a=setup:${setup} on ${proto}: RFC 4145 setup applies to TCP only`);
  const connRaw = attr(m, "connection")?.toLowerCase();
  const connection = connRaw === "new" || connRaw === "existing" ? connRaw : undefined;
  const confId = uint(attr(m, "confid"));
  const userId = uint(attr(m, "userid"));
  if (attr(m, "confid") !== undefined && confId === undefined)
    notes.push(`a=confid:${attr(m, "confid")} is not a number`);
  if (attr(m, "userid") !== undefined && userId === undefined)
    notes.push(`a=userid:${attr(m, "userid")} is not a number`);
  if (transport === "udp" && bfcpVersions.length > 0 && !bfcpVersions.includes(2)) {
    notes.push(
      `a=bfcpver:${bfcpVersions.join(" ")} over UDP: RFC 8855 §5.1 uses version 2 on unreliable transports`,
    );
  }

  const slides = media
    .filter((v) => v.type === "video" && contentOf(v).includes("slides"))
    .map((v) => ({ mediaIndex: v.index, port: v.port, label: attr(v, "label"), content: contentOf(v) }));
  if (slides.length === 0) notes.push("no m=video with a=content:slides");
  for (const s of slides) {
    if (s.label === undefined) notes.push(`slides m=video #${s.mediaIndex} has no a=label`);
    if (s.port === 0) notes.push(`slides m=video #${s.mediaIndex} has port 0`);
  }
  const labels = new Set(media.map((x) => attr(x, "label")).filter((l) => l !== undefined));
  for (const f of floors) {
    for (const l of f.labels)
      if (!labels.has(l)) notes.push(`a=floorid:${f.floorId} points to label ${l}, which no m= line carries`);
  }
  if (floors.length === 0) notes.push("no a=floorid: floor id and slides label left to the answerer");

  return {
    media: {
      mediaIndex: m.index,
      port: m.port,
      proto,
      transport,
      tls: proto.includes("TLS"),
      connectionAddress: m.connection ?? sessionConnection,
      floorctrl,
      confId,
      userId,
      floors,
      bfcpVersions,
      setup,
      connection,
      slides,
    },
    notes,
  };
}

function contentOf(m: MediaSection): string[] {
  return (attr(m, "content") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

// RFC 8856 §4: a=floorctrl:<role> [<role>...]
function parseFloorctrl(v: string | undefined, notes: string[]): FloorCtrlRole[] {
  if (v === undefined) {
    notes.push("no a=floorctrl: taken as c-only");
    return [];
  }
  const out: FloorCtrlRole[] = [];
  for (const r of v.split(/\s+/).filter(Boolean)) {
    if (r === "c-only" || r === "s-only" || r === "c-s") out.push(r);
    else notes.push(`unknown a=floorctrl role ${r}`);
  }
  return out;
}

// RFC 8856 §6: a=floorid:<token> [mstrm:<token> [<token>...]]
function parseFloorId(v: string, notes: string[]): BfcpFloorMapping[] {
  const m = /^(\d+)(?:\s+(mstrm|m-stream):\s*(.*))?$/i.exec(v);
  if (!m) {
    notes.push(`malformed a=floorid:${v}`);
    return [];
  }
  const legacySpelling = m[2]?.toLowerCase() === "m-stream";
  if (legacySpelling)
    notes.push(`a=floorid:${v} uses the legacy "m-stream:" spelling (RFC 8856 says "mstrm:")`);
  return [{ floorId: Number(m[1]), labels: (m[3] ?? "").split(/\s+/).filter(Boolean), legacySpelling }];
}

/** The offerer's roles, an absent a=floorctrl counting as c-only. */
function offeredRoles(offer: BfcpMediaDescription): readonly FloorCtrlRole[] {
  return offer.floorctrl.length > 0 ? offer.floorctrl : ["c-only"];
}

/**
 * Answers a BFCP offer as floor control server (RFC 8856 §7, §8): s-only when the offerer can be a
 * client (c-only or c-s), declined (port 0) when it insists on being the server.
 */
export function answerBfcp(
  offer: BfcpMediaDescription,
  localRole: "server",
  opts: BfcpAnswerOptions,
): BfcpAnswer {
  const notes: string[] = [];
  const declined = (reason: string): BfcpAnswer => ({
    ok: false,
    lines: [`m=application 0 ${offer.proto} *`],
    reason,
    notes,
  });
  if (localRole !== "server") return declined(`unsupported local role ${localRole}`);
  const roles = offeredRoles(offer);
  if (!roles.includes("c-only") && !roles.includes("c-s")) {
    return declined(
      `offerer wants to be floor control server only (${roles.join(" ")}); we are a server too`,
    );
  }
  if (offer.port === 0) return declined("offered BFCP stream has port 0");
  let setup: "active" | "passive" | undefined;
  if (offer.transport === "tcp") {
    // RFC 4145 §4.1: an absent a=setup in an offer means active.
    const theirs = offer.setup ?? "active";
    if (theirs === "holdconn") return declined("offer says a=setup:holdconn");
    setup =
      theirs === "actpass" ? (opts.preferSetup ?? "passive") : theirs === "active" ? "passive" : "active";
  }
  const version = pickVersion(offer, notes);
  const floorId = opts.floorId ?? offer.floors[0]?.floorId ?? 1;
  const label = opts.slidesLabel ?? offer.slides[0]?.label ?? offer.floors[0]?.labels[0] ?? "3";
  const confId = opts.confId ?? offer.confId ?? 1;
  const userId = opts.userId ?? offer.userId ?? 2;
  const lines = [
    `m=application ${opts.port} ${offer.proto} *`,
    ...(opts.connectionAddress ? [`c=IN IP4 ${opts.connectionAddress}`] : []),
    "a=floorctrl:s-only",
    `a=confid:${confId}`,
    `a=userid:${userId}`,
    `a=floorid:${floorId} mstrm:${label}`,
    ...(setup ? [`a=setup:${setup}`, "a=connection:new"] : []),
    ...(offer.bfcpVersions.length > 0 ? [`a=bfcpver:${version}`] : []),
  ];
  return {
    ok: true,
    lines,
    slidesLines: ["a=content:slides", `a=label:${label}`],
    negotiated: {
      transport: offer.transport,
      proto: offer.proto,
      tls: offer.tls,
      version,
      ourRole: "s-only",
      theirRole: "c-only",
      confId,
      userId,
      floorId,
      label,
      setup,
      remotePort: offer.port,
      remoteAddress: offer.connectionAddress,
    },
    notes,
  };
}

// RFC 8856 §5 a=bfcpver: the version both list that suits the transport (RFC 8855 §5.1).
function pickVersion(offer: BfcpMediaDescription, notes: string[]): 1 | 2 {
  const wanted = offer.transport === "udp" ? 2 : 1;
  if (offer.bfcpVersions.length === 0 || offer.bfcpVersions.includes(wanted)) return wanted;
  const other = wanted === 2 ? 1 : 2;
  if (offer.bfcpVersions.includes(other)) {
    notes.push(
      `peer lists only a=bfcpver:${offer.bfcpVersions.join(" ")}; using version ${other} over ${offer.transport}`,
    );
    return other;
  }
  notes.push(`peer lists no usable a=bfcpver (${offer.bfcpVersions.join(" ")}); using version ${wanted}`);
  return wanted;
}

/** Our BFCP offer as caller (RFC 8856 §7): m= line plus attributes, and the slides m=video attributes. */
export function buildBfcpOffer(opts: BfcpOfferOptions): { lines: string[]; slidesLines: string[] } {
  const proto: BfcpProto = opts.transport === "tcp" ? "TCP/BFCP" : "UDP/BFCP";
  const role = opts.role ?? "c-only";
  const label = opts.slidesLabel ?? "3";
  const versions = opts.bfcpVersions ?? [opts.transport === "udp" ? 2 : 1];
  const lines = [
    `m=application ${opts.port} ${proto} *`,
    ...(opts.connectionAddress ? [`c=IN IP4 ${opts.connectionAddress}`] : []),
    `a=floorctrl:${role}`,
    ...(role === "c-s"
      ? [
          `a=confid:${opts.confId ?? 1}`,
          `a=userid:${opts.userId ?? 2}`,
          `a=floorid:${opts.floorId ?? 1} mstrm:${label}`,
        ]
      : []),
    ...(opts.transport === "tcp" ? [`a=setup:${opts.setup ?? "actpass"}`, "a=connection:new"] : []),
    `a=bfcpver:${versions.join(" ")}`,
  ];
  return { lines, slidesLines: ["a=content:slides", `a=label:${label}`] };
}

/**
 * Reads the answer to our offer from the participant's side: the answerer must be s-only
 * (or c-s, which we take as server) and tell us confid, userid and the floor.
 */
export function negotiateBfcpAnswer(
  offer: BfcpOfferOptions,
  answer: BfcpMediaDescription,
):
  | { ok: true; negotiated: BfcpNegotiation; notes: string[] }
  | { ok: false; reason: string; notes: string[] } {
  const notes: string[] = [];
  if (answer.port === 0) return { ok: false, reason: "answer declined BFCP (port 0)", notes };
  const roles = offeredRoles(answer);
  if (!roles.includes("s-only") && !roles.includes("c-s")) {
    return { ok: false, reason: `answerer is not a floor control server (${roles.join(" ")})`, notes };
  }
  if (answer.confId === undefined || answer.userId === undefined) {
    return { ok: false, reason: "answer lacks a=confid or a=userid", notes };
  }
  const floor = answer.floors[0];
  if (!floor) return { ok: false, reason: "answer lacks a=floorid", notes };
  let setup: "active" | "passive" | undefined;
  if (answer.transport === "tcp") {
    const theirs = answer.setup ?? "passive";
    setup = theirs === "active" ? "passive" : "active";
    if (offer.setup && offer.setup !== "actpass" && offer.setup !== setup) {
      notes.push(`answer a=setup:${theirs} conflicts with our a=setup:${offer.setup}`);
    }
  }
  return {
    ok: true,
    negotiated: {
      transport: answer.transport,
      proto: answer.proto,
      tls: answer.tls,
      version: pickVersion(answer, notes),
      ourRole: "c-only",
      theirRole: "s-only",
      confId: answer.confId,
      userId: answer.userId,
      floorId: floor.floorId,
      label: floor.labels[0] ?? offer.slidesLabel ?? "3",
      setup,
      remotePort: answer.port,
      remoteAddress: answer.connectionAddress,
    },
    notes,
  };
}
