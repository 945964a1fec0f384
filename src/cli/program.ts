import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { DEFAULT_LISTEN, DEFAULT_MAX_CALLS, DEFAULT_MEDIA_TIMEOUT_MS } from "../app/room/room-options.js";
import { langFromEnv } from "../report/i18n/lang.js";
import { addDefenceOptions } from "./commands/serve-defences.js";
import { ExitCode, ExitError } from "./exit-error.js";
import { lineProgress } from "./progress.js";

const VERSION = "0.1.0";

function intArg(name: string, min: number, max: number) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`${name} must be a whole number from ${min} to ${max}`);
    }
    return n;
  };
}

function numberArg(name: string, min: number, max: number) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isFinite(n) || n < min || n > max) {
      throw new InvalidArgumentError(`${name} must be a number from ${min} to ${max}`);
    }
    return n;
  };
}

function sizeArg(v: string): { width: number; height: number } {
  const m = /^(\d{2,4})x(\d{2,4})$/.exec(v);
  if (!m) throw new InvalidArgumentError("size must look like 1280x720");
  const width = Number(m[1]);
  const height = Number(m[2]);
  if (width % 16 !== 0 || height % 8 !== 0)
    throw new InvalidArgumentError("width must be a multiple of 16, height of 8");
  return { width, height };
}

const srtpOption = () =>
  new Option(
    "--srtp <mode>",
    "SRTP by SDES: off (plain RTP), optional (RTP/AVP offer with a=crypto), mandatory (RTP/SAVP)",
  )
    .choices(["off", "optional", "mandatory"])
    .default("optional");

const langOption = () =>
  new Option(
    "--lang <lang>",
    "language of the report: en or sv (default: sv when LANG/LC_ALL is Swedish)",
  ).choices(["en", "sv"]);

export function buildProgram(): Command {
  const program = new Command("vdm-test")
    .version(VERSION)
    .description(
      "Tests whether a video endpoint works with the Swedish national video meeting service for healthcare " +
        "(Video- och distansmöte): places real SIP test calls, hosts a test room, and grades what it measures.",
    )
    .showSuggestionAfterError(true)
    .addHelpText(
      "after",
      `
Exit codes: 0 all checks passed, 1 a check failed, 2 usage error, 3 unreachable or no answer, 4 inconclusive.

Examples:
  vdm-test call                                   host a test room on loopback and call it
  vdm-test serve --listen udp:0.0.0.0:5060        host the test room for endpoints to dial
  vdm-test call sip:testrum@room.example.org      call a test room and grade the call
  vdm-test call h323:testrum@room.example.org     the same over H.323 (TCP 1720, fast start)
  vdm-test options sip:room.example.org           ping an endpoint with OPTIONS
  vdm-test doctor                                 show which ffmpeg is used and what it can do`,
    );

  program
    .command("call")
    .description(
      "place a real test call and grade it against the six requirements and the nine test-room " +
        "functions (mirror, music, presentation, echo, callback, ...). Without a URI, starts a test " +
        "room in this process on 127.0.0.1 and calls it.",
    )
    .argument(
      "[uri]",
      "who to call: sip:user@host[:port][;transport=udp|tcp|tls], sips:user@host, or " +
        "h323:alias@host[:port] (H.323, TCP port 1720 by default)",
    )
    .addOption(
      new Option("--transport <t>", "SIP transport when the URI does not say").choices(["udp", "tcp", "tls"]),
    )
    .addOption(
      new Option(
        "--protocol <p>",
        "signalling protocol when the address has no scheme (host[:port] or alias@host), and " +
          "of the embedded room without a URI; default: from the URI's scheme, else sip",
      ).choices(["sip", "h323"]),
    )
    .addOption(
      new Option(
        "--h245 <mode>",
        "how an H.323 call runs H.245: fast-start (channels in Setup/Connect, H.323 §8.1.7), " +
          "tunnel (H.245 inside the call signalling, §8.2.1) or separate (its own TCP connection)",
      )
        .choices(["fast-start", "tunnel", "separate"])
        .default("fast-start"),
    )
    .option(
      "--gatekeeper <host[:port]>",
      "H.323 through this gatekeeper (RAS, UDP port 1719 by default; unicast GRQ, never multicast): " +
        "register with our aliases, ask admission (ARQ) for the URI's alias, call where the ACF says",
    )
    .addOption(
      new Option(
        "--dial-as <kind>",
        "how the ARQ names h323:alias@domain through --gatekeeper: uri (url-ID h323:alias@domain), " +
          "alias (h323-ID, or dialedDigits for digits) or email (email-ID alias@domain)",
      )
        .choices(["uri", "alias", "email"])
        .default("uri"),
    )
    .addOption(srtpOption())
    .option("--duration <seconds>", "how long media runs once answered", numberArg("--duration", 2, 3600), 6)
    .option(
      "--local-address <ip>",
      "the address to bind and advertise in SDP, Via and Contact (default: the route to the target)",
    )
    .option("--from <uri>", "our identity in From, e.g. sip:tester@hospital.example")
    .option("--proxy <uri>", "send the INVITE through this outbound proxy")
    .option("--user <name>", "digest authentication user name")
    .option("--password <secret>", "digest authentication password")
    .option("--ca <file>", "trust this CA (PEM) for sips:/TLS, in addition to the system's")
    .option("--insecure", "do not verify the TLS certificate (recorded in the report)")
    .addOption(
      new Option("--video-size <WxH>", "size of the test pattern we send")
        .argParser(sizeArg)
        .default({ width: 1280, height: 720 }, "1280x720"),
    )
    .option("--bitrate <kbps>", "video bitrate cap", intArg("--bitrate", 64, 20000), 1500)
    .option("--no-presentation", "do not offer BFCP and slides, and skip the presentation test")
    .option(
      "--session-expires <seconds>",
      "session timer interval our INVITE asks for (RFC 4028; at least 90)",
      intArg("--session-expires", 90, 86400),
      1800,
    )
    .addOption(
      new Option("--bfcp-transport <t>", "BFCP transport to offer (RFC 8856)")
        .choices(["tcp", "udp"])
        .default("tcp"),
    )
    .option(
      "--functions <list>",
      "test-room functions to run, e.g. 1,2,7 (default all nine; 7-9 need a vdm-test room)",
    )
    .option(
      "--callback-uri <uri>",
      "whom the callback alias calls back (function 8; default our Contact). The room takes only its " +
        "user part: it calls back the address the call came from, never a host a header names",
    )
    .addOption(
      new Option(
        "--profile <name>",
        "how strictly to judge: vdm (the six requirements) or strict (warnings fail)",
      )
        .choices(["vdm", "strict"])
        .default("vdm"),
    )
    .option(
      "--require <ids>",
      "checks, requirements or functions that must pass (exit 1 if not, 4 if untested)",
    )
    .option("--matrix", "short calls over UDP, TCP and TLS with SRTP off and mandatory, graded each")
    .option("--tls-port <port>", "the far end's TLS port for --matrix", intArg("--tls-port", 1, 65535))
    .option("--out <dir>", "folder for reports", "reports")
    .option("--format <list>", "report files to write: json,html,junit,md", "json,html,junit,md")
    .option(
      "--pcap <file>",
      "also write a pcapng capture of our own side: every SIP message (SIP over TLS as decrypted " +
        "plaintext) or H.323 message (H.225.0 and H.245 as TPKT on their TCP connections), RTP/RTCP " +
        "as sent (SRTP still encrypted; the SDES keys are in the SDP) and BFCP, with real addresses " +
        "and times; opens in Wireshark and in `vdm-test analyze`",
    )
    .addOption(langOption())
    .option("--json", "print the JSON report on stdout")
    .action(async (uri: string | undefined, opts) => {
      const { runCallCommand } = await import("./commands/call.js");
      const code = await runCallCommand(
        { uri, ...opts },
        lineProgress(process.stderr, opts.lang ?? langFromEnv(process.env)),
      );
      process.exitCode = code;
    });

  const serve = program
    .command("serve")
    .description(
      "host the test room: answers every call, mirrors the caller's video back, plays music, " +
        "and logs one line per call event. Ctrl-C hangs up active calls and exits; SIGTERM drains first.",
    )
    .option(
      "--listen <specs>",
      "comma-separated transport:host:port list: udp, tcp, tls (SIP), h323 (H.323 call " +
        "signalling, TCP) and ras (the room's H.323 gatekeeper, H.225.0 RAS over UDP). A list " +
        "without an h323 entry turns H.323 off; with one, the gatekeeper answers RAS on UDP 1719 " +
        "of the same host unless a ras entry says where. An h323 or ras entry the room cannot bind " +
        `is an error. Without --listen: ${DEFAULT_LISTEN} (if TCP 1720 or UDP 1719 ` +
        "cannot be bound, the room says so in one line and goes on without it)",
    )
    .option(
      "--gatekeeper-id <id>",
      "the room's GatekeeperIdentifier in GCF and RCF (endpoints point their gatekeeper at the " +
        "room's address, port 1719, and register; each registration is graded and reported)",
      "vdm-test",
    )
    .option(
      "--public-address <ip>",
      "the address written in SDP and Contact (default: the listen address, or the route out)",
    )
    .option("--rtp-ports <from-to>", "UDP port range for media", "20000-29999")
    .addOption(srtpOption())
    .option("--cert <file>", "TLS certificate (PEM); a self-signed one is made on first run otherwise")
    .option("--key <file>", "TLS private key (PEM)")
    .option("--no-mirror", "do not reflect video (a broken room, to show that the mirror check can fail)")
    .option(
      "--deny-floor",
      "deny every BFCP FloorRequest (a broken room, to show that the presentation check can fail)",
    )
    .option("--out <dir>", "folder for reports", "reports")
    .option(
      "--register <aor>",
      "register the room at a registrar as this address of record (e.g. sip:room@example.org), " +
        "refreshed until exit and removed on Ctrl-C. If registration fails the room keeps answering " +
        "direct calls and tries again every 30 s (see --register-required)",
    )
    .option("--registrar <uri>", "where to REGISTER (default: the domain of --register)")
    .option(
      "--register-expires <seconds>",
      "binding lifetime to ask for",
      intArg("--register-expires", 10, 86400),
      600,
    )
    .option("--register-required", "exit (code 3) when the first registration fails")
    .option(
      "--pcap <file>",
      "write a pcapng capture of the room's own side of every call (SIP, with SIP over TLS as " +
        "decrypted plaintext; H.225.0 and H.245 over TCP; RTP/RTCP as sent, SRTP still encrypted; " +
        "BFCP), finished on Ctrl-C",
    )
    .option("--user <name>", "digest user name for the registrar")
    .option("--password <secret>", "digest password for the registrar")
    .option(
      "--max-calls <n>",
      "calls at once; past it a new call is refused with 503 and Retry-After (RFC 3261 §21.5.4)",
      intArg("--max-calls", 1, 10000),
      DEFAULT_MAX_CALLS,
    )
    .option(
      "--media-timeout <seconds>",
      "hang up (BYE) a call whose caller sent no RTP and no RTCP for this long; its report says why (0: never)",
      intArg("--media-timeout", 0, 86400),
      DEFAULT_MEDIA_TIMEOUT_MS / 1000,
    )
    .option(
      "--drain-timeout <seconds>",
      "on SIGTERM the room drains: new calls and OPTIONS get 503 (a dispatcher sends calls " +
        "elsewhere) and running calls go on to their end, for at most this long; then it hangs up and exits",
      intArg("--drain-timeout", 0, 86400),
      600,
    );
  addDefenceOptions(serve).action(async (opts) => {
    const { runServeCommand } = await import("./commands/serve.js");
    process.exitCode = await runServeCommand(opts, lineProgress());
  });

  program
    .command("options")
    .description("send a SIP OPTIONS ping and print what the far end supports and the round trip")
    .argument("<uri>", "sip:host[:port] or sips:host")
    .addOption(
      new Option("--transport <t>", "SIP transport when the URI does not say").choices(["udp", "tcp", "tls"]),
    )
    .option("--from <uri>", "our identity in From")
    .option("--proxy <uri>", "outbound proxy")
    .option("--ca <file>", "trust this CA (PEM) for TLS")
    .option("--insecure", "do not verify the TLS certificate")
    .option("--local-address <ip>", "the address to bind and advertise")
    .option("--timeout <seconds>", "give up after", numberArg("--timeout", 0.5, 120), 8)
    .option("--json", "print JSON")
    .action(async (uri: string, opts) => {
      const { runOptionsCommand } = await import("./commands/options.js");
      process.exitCode = await runOptionsCommand({ uri, ...opts });
    });

  program
    .command("analyze")
    .description(
      "grade a packet capture (pcap/pcapng), a text file of SIP messages or a bare SDP offline: " +
        "SIP dialogs, RTP/RTCP streams, SRTP, H.264, BFCP, loss and jitter. Without --call-id, a summary of " +
        "all dialogs, then the graded ones.",
    )
    .argument("<file>", "capture (.pcap, .pcapng), SIP message text or SDP file")
    .option("--call-id <id>", "grade only this dialog")
    .addOption(
      new Option(
        "--side <side>",
        "the party to grade (default: the one that is not vdm-test, else the callee)",
      ).choices(["caller", "callee"]),
    )
    .option("--out <dir>", "folder for reports", "reports")
    .option("--json", "print the JSON report on stdout")
    .action(async (file: string, opts) => {
      const { runAnalyzeCommand } = await import("./commands/analyze.js");
      process.exitCode = await runAnalyzeCommand({ file, ...opts });
    });

  program
    .command("check")
    .description(
      "grade a saved INVITE, 200 OK, OPTIONS answer or SDP against the six requirements (signalling only)",
    )
    .argument("<file>", "the saved message(s) or SDP; several messages in one file are all graded")
    .addOption(
      new Option("--lang <lang>", "language of the verdict table").choices(["en", "sv"]).default("en"),
    )
    .option("--json", "print the JSON report")
    .action(async (file: string, opts) => {
      const { runCheckCommand } = await import("./commands/check.js");
      process.exitCode = await runCheckCommand({ file, ...opts });
    });

  program
    .command("report")
    .description("re-render a saved report.json as HTML, JUnit XML, Markdown or the terminal table")
    .argument("<report.json>", "a report written by call, serve, check or analyze")
    .addOption(
      new Option("--format <format>", "what to render")
        .choices(["html", "junit", "md", "text", "json"])
        .default("text"),
    )
    .addOption(langOption())
    .option("--out <file>", "write to this file (atomically) instead of stdout")
    .action(async (file: string, opts) => {
      const { runReportCommand } = await import("./commands/report.js");
      process.exitCode = await runReportCommand({ file, ...opts });
    });

  program
    .command("diff")
    .description(
      "compare two saved reports: verdicts and key figures (mirror share and latency, loss, jitter, " +
        "grant time) that regressed, improved or changed. Exit 1 when anything regressed.",
    )
    .argument("<a.json>", "the earlier run's report.json")
    .argument("<b.json>", "the later run's report.json")
    .addOption(langOption())
    .option("--json", "print the differences as JSON")
    .action(async (a: string, b: string, opts) => {
      const { runDiffCommand } = await import("./commands/diff.js");
      process.exitCode = await runDiffCommand({ a, b, ...opts });
    });

  program
    .command("doctor")
    .description(
      "show which ffmpeg binary is used (and why), its version, and whether the codecs we need are there",
    )
    .option("--json", "print JSON")
    .action(async (opts) => {
      const { runDoctorCommand } = await import("./commands/doctor.js");
      process.exitCode = await runDoctorCommand(opts);
    });

  return program;
}

/** The one place that turns errors into a one-line message and an exit code. */
export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  // Commander copies these settings to a subcommand only when it is created, so set them on
  // each: otherwise `vdm-test call --bogus` exits 1 from inside commander, without our prefix.
  for (const cmd of [program, ...program.commands]) {
    cmd.exitOverride();
    cmd.configureOutput({
      writeErr: (s) => process.stderr.write(s.startsWith("error:") ? `vdm-test: ${s}` : s),
    });
  }
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode === 0 ? 0 : ExitCode.usage;
    } else if (err instanceof ExitError) {
      process.stderr.write(`vdm-test: ${err.message}\n`);
      process.exitCode = err.code;
    } else {
      const msg = err instanceof Error ? err.message : String(err);
      process.stderr.write(`vdm-test: unexpected error: ${msg.split("\n")[0]}\n`);
      if (process.env.VDM_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
      process.exitCode = ExitCode.inconclusive;
    }
  }
}
