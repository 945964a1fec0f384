import { performance } from "node:perf_hooks";
import type { TransportAttempt } from "../../conformance/evidence.js";
import { gate } from "../../conformance/functions/profile-gate.js";
import { requirementVerdicts } from "../../conformance/requirements.js";
import { sipTransportCheck } from "../../conformance/sip-check.js";
import type { SipTransportProtocol } from "../../protocol/sip/route.js";
import type { CheckStatus, Report, Step } from "../../report/model.js";
import type { Room } from "../room/room.js";
import { startEmbeddedRoom } from "./embedded-room.js";
import { type CallOptions, type CallProgress, CallSetupError, runCall } from "./run-call.js";

export const MATRIX_TRANSPORTS: readonly SipTransportProtocol[] = ["udp", "tcp", "tls"];
export const MATRIX_SRTP = ["off", "mandatory"] as const;

/** One combination of the matrix and what came of it. */
export interface MatrixRow {
  readonly transport: SipTransportProtocol;
  readonly srtp: (typeof MATRIX_SRTP)[number];
  readonly target: string;
  /** The call was answered and media flowed. */
  readonly ok: boolean;
  readonly detail: string;
  /** The combination's verdict on the encryption requirement (SRTP on the wire, key exchange). */
  readonly encryption: CheckStatus;
  readonly h264: CheckStatus;
  readonly outcome: CheckStatus;
}

/**
 * The URI on another transport: `;transport=` replaced; for TLS the port is `tlsPort` when given.
 * undefined when TLS needs a port we do not know (the URI names one for UDP/TCP).
 */
export function uriForTransport(
  uri: string,
  transport: SipTransportProtocol,
  tlsPort?: number,
): string | undefined {
  const m = /^(sips?:)((?:[^@;?]*@)?)(\[[^\]]+\]|[^:;?]+)(?::(\d+))?([^?]*)(\?.*)?$/i.exec(uri.trim());
  if (!m) return undefined;
  const [, , user, host, port, params, headers] = m;
  const rest = (params ?? "").replace(/;transport=[^;]*/gi, "");
  let p = port;
  if (transport === "tls" && port) {
    if (tlsPort === undefined) return undefined;
    p = String(tlsPort);
  } else if (transport === "tls" && tlsPort !== undefined) p = String(tlsPort);
  const tp = transport === "udp" ? "" : `;transport=${transport}`;
  return `sip:${user}${host}${p ? `:${p}` : ""}${rest}${tp}${headers ?? ""}`;
}

/**
 * `vdm-test call --matrix`: short calls over UDP, TCP and TLS, each with SRTP off and mandatory,
 * graded one by one. The report's checks are those of the best combination that worked (TLS
 * with SRTP first), with the SIP transport check graded from all the attempts; the matrix
 * itself is in `facts.matrix`.
 */
export async function runMatrix(
  opts: CallOptions & { tlsPort?: number },
  progress: CallProgress,
): Promise<Report> {
  const t0 = performance.now();
  let room: Room | undefined;
  let ca = opts.ca;
  const targets = new Map<SipTransportProtocol, string | undefined>();
  if (!opts.target) {
    const embedded = await startEmbeddedRoom("udp", undefined, true);
    room = embedded.room;
    ca = ca ?? embedded.ca;
    for (const t of MATRIX_TRANSPORTS) targets.set(t, (await startEmbeddedRoom(t, room)).target);
  } else {
    for (const t of MATRIX_TRANSPORTS) targets.set(t, uriForTransport(opts.target, t, opts.tlsPort));
  }
  const rows: MatrixRow[] = [];
  const reports: { row: MatrixRow; report: Report }[] = [];
  const steps: Step[] = [];
  try {
    for (const transport of MATRIX_TRANSPORTS) {
      for (const srtp of MATRIX_SRTP) {
        const target = targets.get(transport);
        if (!target) {
          rows.push(notTried(transport, srtp, "no TLS port known: give --tls-port"));
          continue;
        }
        const label = `${transport.toUpperCase()} SRTP ${srtp}`;
        try {
          const report = await runCall(
            {
              ...opts,
              target,
              transport,
              srtp,
              ...(ca ? { ca } : {}),
              durationS: Math.min(opts.durationS, 2),
              presentation: false,
              functions: new Set([1, 2, 4, 5, 6]),
              skipOptions: rows.length > 0,
              ...(room ? { room } : {}),
            },
            { step: () => {}, info: () => {} },
          );
          const req = (id: string) =>
            report.requirements?.find((r) => r.requirement === id)?.status ?? "not-tested";
          const row: MatrixRow = {
            transport,
            srtp,
            target,
            ok: true,
            detail: String(report.steps.find((s) => s.name === "media")?.detail ?? "answered"),
            encryption: req("encryption"),
            h264: req("H.264"),
            outcome: report.outcome,
          };
          rows.push(row);
          reports.push({ row, report });
        } catch (e) {
          if (!(e instanceof CallSetupError)) throw e;
          rows.push({ ...notTried(transport, srtp, e.message), target });
        }
        const row = rows.at(-1)!;
        const s: Step = {
          name: `matrix ${label}`,
          status: row.ok ? "ok" : "failed",
          atMs: Math.round(performance.now() - t0),
          detail: row.ok ? `${row.detail}; encryption ${row.encryption}` : row.detail,
        };
        steps.push(s);
        progress.step(s);
      }
    }
  } finally {
    await room?.stop();
  }
  const attempts: TransportAttempt[] = rows.map((r) => ({
    transport: r.transport,
    srtp: r.srtp,
    ok: r.ok,
    ...(r.ok ? {} : { detail: r.detail }),
  }));
  const best =
    reports.find((r) => r.row.transport === "tls" && r.row.srtp === "mandatory") ??
    reports.find((r) => r.row.srtp === "mandatory") ??
    reports[0];
  if (!best) {
    throw new CallSetupError(
      "unreachable",
      `no combination worked: ${rows.map((r) => `${r.transport}/${r.srtp}: ${r.detail}`).join("; ")}`,
    );
  }
  const transportCheck = sipTransportCheck({ transport: { attempts } });
  const checks = best.report.checks.map((c) => (c.id === transportCheck.id ? transportCheck : c));
  const requirements = requirementVerdicts(checks);
  return {
    ...best.report,
    target: opts.target ?? best.report.target,
    durationMs: Math.round(performance.now() - t0),
    steps: [...steps, ...best.report.steps],
    checks,
    requirements,
    outcome: gate({ checks, requirements, profile: "vdm", required: [] }).outcome,
    facts: {
      ...best.report.facts,
      matrix: rows,
      matrixBasis: `${best.row.transport}/SRTP ${best.row.srtp}: the checks come from this call; sip.transport from all`,
    },
  };
}

function notTried(
  transport: SipTransportProtocol,
  srtp: (typeof MATRIX_SRTP)[number],
  detail: string,
): MatrixRow {
  return {
    transport,
    srtp,
    target: "",
    ok: false,
    detail,
    encryption: "not-tested",
    h264: "not-tested",
    outcome: "inconclusive",
  };
}

/** The matrix as a compact table for the terminal. */
export function matrixTable(rows: readonly MatrixRow[]): string {
  const head = ["transport", "SRTP", "call", "encryption", "H.264", "detail"];
  const body = rows.map((r) => [
    r.transport.toUpperCase(),
    r.srtp,
    r.ok ? "ok" : "FAILED",
    r.encryption,
    r.h264,
    r.detail.length > 60 ? `${r.detail.slice(0, 57)}...` : r.detail,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  return [line(head), ...body.map(line)].join("\n");
}
