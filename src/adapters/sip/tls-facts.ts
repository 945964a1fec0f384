import type { PeerCertificate, TLSSocket } from "node:tls";

/** What a report says about one TLS connection. */
export interface TlsFacts {
  readonly at: number;
  readonly role: "client" | "server";
  readonly remote: { readonly host: string; readonly port: number };
  /** e.g. "TLSv1.3"; undefined when the handshake failed. */
  readonly protocol?: string;
  readonly cipher?: string;
  /** True when the peer's certificate chain verified against the trusted CAs and name. */
  readonly peerVerified: boolean;
  /** Why verification failed (also set when an insecure client went on regardless). */
  readonly verifyError?: string;
  readonly peerCertificate?: {
    readonly subject: string;
    readonly issuer: string;
    readonly validFrom: string;
    readonly validTo: string;
    readonly subjectAltName?: string;
    readonly fingerprint256: string;
    readonly selfSigned: boolean;
  };
  /** Handshake failure, when there was one. */
  readonly error?: string;
}

/** Reads the facts of an established TLS socket. */
export function readTlsFacts(socket: TLSSocket, role: "client" | "server", at: number): TlsFacts {
  const cert = socket.getPeerCertificate();
  const hasCert = cert && Object.keys(cert).length > 0;
  const verifyError = socket.authorizationError ? String(socket.authorizationError) : undefined;
  return {
    at,
    role,
    remote: { host: normaliseAddress(socket.remoteAddress ?? ""), port: socket.remotePort ?? 0 },
    ...(socket.getProtocol() ? { protocol: socket.getProtocol()! } : {}),
    ...(socket.getCipher()?.name ? { cipher: socket.getCipher().name } : {}),
    peerVerified: socket.authorized,
    ...(verifyError ? { verifyError } : {}),
    ...(hasCert ? { peerCertificate: describeCertificate(cert) } : {}),
  };
}

function describeCertificate(cert: PeerCertificate): NonNullable<TlsFacts["peerCertificate"]> {
  const subject = distinguishedName(cert.subject);
  const issuer = distinguishedName(cert.issuer);
  return {
    subject,
    issuer,
    validFrom: cert.valid_from,
    validTo: cert.valid_to,
    ...(cert.subjectaltname ? { subjectAltName: cert.subjectaltname } : {}),
    fingerprint256: cert.fingerprint256,
    selfSigned: subject === issuer,
  };
}

function distinguishedName(dn: object | undefined): string {
  if (!dn) return "";
  return Object.entries(dn as Record<string, string | string[]>)
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join("+") : v}`)
    .join(", ");
}

/** "::ffff:127.0.0.1" -> "127.0.0.1" so connection keys match Via addresses. */
export function normaliseAddress(address: string): string {
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
}
