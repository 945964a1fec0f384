import type { H225, H245 } from "../asn1/index.js";
import { ParseError } from "../parse-error.js";

// IPv4 transport addresses as H.245 (UnicastAddress.iPAddress: network + tsapIdentifier,
// H.245 §6.2.9.2) and H.225.0 (TransportAddress.ipAddress: ip + port, H.225.0 §7.6) write
// them, and as SDP and sockets write them ("127.0.0.1", 5004). Only IPv4: that is what the
// engine binds and advertises.

export interface HostPort {
  readonly host: string;
  readonly port: number;
}

function ipv4Octets(host: string, field: string): Uint8Array {
  const parts = host.split(".");
  const octets = parts.map(Number);
  if (parts.length !== 4 || octets.some((o, i) => !/^\d{1,3}$/.test(parts[i]!) || o > 255)) {
    throw new ParseError("H.323", field, -1, `"${host}" is not an IPv4 address`);
  }
  return Uint8Array.from(octets);
}

function portOf(port: number, field: string): number {
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ParseError("H.323", field, -1, `port ${port} is outside 0..65535`);
  return port;
}

export function h245Address(a: HostPort): H245.TransportAddress {
  return {
    choice: "unicastAddress",
    value: {
      choice: "iPAddress",
      value: {
        network: ipv4Octets(a.host, "iPAddress.network"),
        tsapIdentifier: portOf(a.port, "tsapIdentifier"),
      },
    },
  };
}

export function h225Address(a: HostPort): H225.TransportAddress {
  return {
    choice: "ipAddress",
    value: { ip: ipv4Octets(a.host, "ipAddress.ip"), port: portOf(a.port, "ipAddress.port") },
  };
}

const dotted = (o: Uint8Array) => [...o].join(".");

/** An H.245 IPv4 unicast address; undefined for any other kind (multicast, IPX, IPv6...). */
export function readH245Address(a: H245.TransportAddress | undefined): HostPort | undefined {
  if (a?.choice !== "unicastAddress" || a.value.choice !== "iPAddress") return undefined;
  const v = a.value.value;
  return v.network.length === 4 ? { host: dotted(v.network), port: v.tsapIdentifier } : undefined;
}

/** An H.225.0 IPv4 address; undefined for any other kind. */
export function readH225Address(a: H225.TransportAddress | undefined): HostPort | undefined {
  if (a?.choice !== "ipAddress") return undefined;
  return a.value.ip.length === 4 ? { host: dotted(a.value.ip), port: a.value.port } : undefined;
}
