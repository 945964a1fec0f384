import type { H225 } from "../../../src/protocol/asn1/index.js";
import { type HostPort, h225Address } from "../../../src/protocol/h323/transport-address.js";
import {
  Gatekeeper,
  type GatekeeperEvent,
  type RasTransmit,
} from "../../../src/protocol/ras/gatekeeper/gatekeeper.js";
import type { GatekeeperConfig } from "../../../src/protocol/ras/gatekeeper/gatekeeper-config.js";
import { decodeRas, encodeRas, type RasMessage } from "../../../src/protocol/ras/ras-message.js";

// A gatekeeper on simulated time, and the RAS requests an endpoint sends it, for unit tests
// of src/protocol/ras/gatekeeper.

export const ROOM: HostPort = { host: "127.0.0.5", port: 1720 };
export const ROOM_RAS: HostPort = { host: "127.0.0.5", port: 1719 };

export const ROOM_ALIASES = new Set(["testrum", "echo", "callback", "100"]);

export function gatekeeperConfig(limits: GatekeeperConfig["limits"] = {}): GatekeeperConfig {
  return {
    gatekeeperId: "vdm-room",
    rasAddress: ROOM_RAS,
    callSignalAddress: ROOM,
    isRoomAlias: (a) => (a.choice === "h323-ID" || a.choice === "dialedDigits") && ROOM_ALIASES.has(a.value),
    limits,
  };
}

export interface Exchange {
  readonly answer?: RasMessage;
  readonly transmit?: RasTransmit;
  readonly events: GatekeeperEvent[];
}

/** Drives one gatekeeper: each request in, the answer (decoded) and events out. */
export class GatekeeperHarness {
  readonly gk: Gatekeeper;
  now = 1_000_000;

  constructor(config: GatekeeperConfig = gatekeeperConfig()) {
    this.gk = new Gatekeeper(config);
  }

  send(m: RasMessage, from: HostPort): Exchange {
    return this.sendBytes(encodeRas(m), from);
  }

  sendBytes(bytes: Uint8Array, from: HostPort): Exchange {
    this.gk.handleDatagram(this.now, bytes, from);
    return this.drain();
  }

  /** Advances simulated time, firing the gatekeeper's timeout when due. */
  advance(ms: number): GatekeeperEvent[] {
    this.now += ms;
    this.gk.handleTimeout(this.now);
    return this.drain().events;
  }

  drain(): Exchange {
    const events: GatekeeperEvent[] = [];
    let transmit: RasTransmit | undefined;
    for (;;) {
      const o = this.gk.pollOutput();
      if (o.kind === "timeout") break;
      if (o.kind === "event") events.push(o.event);
      else transmit = o.transmit;
    }
    return { events, ...(transmit ? { transmit, answer: decodeRas(transmit.bytes) } : {}) };
  }
}

const vendor: H225.VendorIdentifier = {
  vendor: { t35CountryCode: 0xb5, t35Extension: 0, manufacturerCode: 1 },
  productId: new TextEncoder().encode("test endpoint"),
  versionId: new TextEncoder().encode("1.0"),
};

const terminal: H225.EndpointType = { terminal: {}, mc: false, undefinedNode: false };

export interface RrqOptions {
  readonly seq?: number;
  readonly aliases?: H225.AliasAddress[];
  readonly ttl?: number;
  readonly callSignal?: HostPort;
  readonly ras?: HostPort;
  readonly keepAlive?: boolean;
  readonly endpointIdentifier?: string;
  readonly gatekeeperIdentifier?: string;
  readonly featureSet?: H225.FeatureSet;
}

export function rrq(o: RrqOptions = {}): RasMessage {
  return {
    choice: "registrationRequest",
    value: {
      requestSeqNum: o.seq ?? 1,
      protocolIdentifier: "0.0.8.2250.0.4",
      discoveryComplete: false,
      callSignalAddress: [h225Address(o.callSignal ?? { host: "127.0.0.2", port: 1720 })],
      rasAddress: [h225Address(o.ras ?? { host: "127.0.0.2", port: 1719 })],
      terminalType: terminal,
      ...(o.aliases ? { terminalAlias: o.aliases } : {}),
      ...(o.gatekeeperIdentifier ? { gatekeeperIdentifier: o.gatekeeperIdentifier } : {}),
      endpointVendor: vendor,
      ...(o.ttl !== undefined ? { timeToLive: o.ttl } : {}),
      keepAlive: o.keepAlive ?? false,
      ...(o.endpointIdentifier ? { endpointIdentifier: o.endpointIdentifier } : {}),
      willSupplyUUIEs: false,
      maintainConnection: false,
      ...(o.featureSet ? { featureSet: o.featureSet } : {}),
    },
  };
}

export const h323Id = (value: string): H225.AliasAddress => ({ choice: "h323-ID", value });

const CONFERENCE = new Uint8Array(16).fill(7);

export function arq(o: {
  seq?: number;
  endpointIdentifier: string;
  destination?: H225.AliasAddress[];
  destAddress?: HostPort;
  answerCall?: boolean;
}): RasMessage {
  return {
    choice: "admissionRequest",
    value: {
      requestSeqNum: o.seq ?? 2,
      callType: { choice: "pointToPoint", value: null },
      endpointIdentifier: o.endpointIdentifier,
      ...(o.destination ? { destinationInfo: o.destination } : {}),
      ...(o.destAddress ? { destCallSignalAddress: h225Address(o.destAddress) } : {}),
      srcInfo: [h323Id("caller")],
      bandWidth: 7680,
      callReferenceValue: 1,
      conferenceID: CONFERENCE,
      activeMC: false,
      answerCall: o.answerCall ?? false,
    },
  };
}

export function lrq(destination: H225.AliasAddress[], seq = 3): RasMessage {
  return {
    choice: "locationRequest",
    value: {
      requestSeqNum: seq,
      destinationInfo: destination,
      replyAddress: h225Address({ host: "127.0.0.9", port: 1719 }),
    },
  };
}

export function grq(gatekeeperIdentifier?: string): RasMessage {
  return {
    choice: "gatekeeperRequest",
    value: {
      requestSeqNum: 9,
      protocolIdentifier: "0.0.8.2250.0.4",
      rasAddress: h225Address({ host: "127.0.0.2", port: 1719 }),
      endpointType: terminal,
      ...(gatekeeperIdentifier ? { gatekeeperIdentifier } : {}),
    },
  };
}

export function drq(endpointIdentifier: string): RasMessage {
  return {
    choice: "disengageRequest",
    value: {
      requestSeqNum: 4,
      endpointIdentifier,
      conferenceID: CONFERENCE,
      callReferenceValue: 1,
      disengageReason: { choice: "normalDrop", value: null },
    },
  };
}

export function brq(endpointIdentifier: string, bandWidth: number): RasMessage {
  return {
    choice: "bandwidthRequest",
    value: {
      requestSeqNum: 5,
      endpointIdentifier,
      conferenceID: CONFERENCE,
      callReferenceValue: 1,
      bandWidth,
    },
  };
}

export function urq(
  endpointIdentifier: string,
  callSignal: HostPort = { host: "127.0.0.2", port: 1720 },
): RasMessage {
  return {
    choice: "unregistrationRequest",
    value: { requestSeqNum: 6, callSignalAddress: [h225Address(callSignal)], endpointIdentifier },
  };
}

export function irr(endpointIdentifier: string, needResponse: boolean): RasMessage {
  return {
    choice: "infoRequestResponse",
    value: {
      requestSeqNum: 7,
      endpointType: terminal,
      endpointIdentifier,
      rasAddress: h225Address({ host: "127.0.0.2", port: 1719 }),
      callSignalAddress: [h225Address({ host: "127.0.0.2", port: 1720 })],
      needResponse,
    },
  };
}
