// RFC 3261 §17 retransmissions in reports: the ladder marks each repeated message, in every
// language and format that draws it, and the facts count them by method.
import { describe, expect, it } from "vitest";
import type { SipWireEvent } from "../../src/adapters/sip/node-sip-transport.js";
import { sipRecords, sipRetransmissionFacts } from "../../src/conformance/wire-evidence.js";
import { formatFigure, keyFigures } from "../../src/report/key-figures.js";
import { renderHtml } from "../../src/report/render-html.js";
import { renderMarkdown } from "../../src/report/render-markdown.js";
import { loadInput } from "./fixtures.js";

const wire = (direction: "in" | "out", text: string, retransmission?: boolean): SipWireEvent => ({
  at: 1_000,
  direction,
  transport: "udp",
  local: { host: "127.0.0.1", port: 5060 },
  remote: { host: "127.0.0.1", port: 5070 },
  text,
  ...(retransmission ? { retransmission } : {}),
});
const INVITE = "INVITE sip:a@127.0.0.1 SIP/2.0\r\nCSeq: 1 INVITE\r\n\r\n";
const OK = "SIP/2.0 200 OK\r\nCSeq: 1 INVITE\r\n\r\n";
const BYE_OK = "SIP/2.0 200 OK\r\ncseq: 2 BYE\r\n\r\n";

describe("SIP retransmissions in the report", () => {
  it("counts retransmissions by method and status, sent and received; nothing when none", () => {
    const events = [
      wire("out", INVITE),
      wire("out", INVITE, true),
      wire("out", INVITE, true),
      wire("in", OK),
      wire("in", OK, true),
      wire("in", BYE_OK, true),
    ];
    expect(sipRetransmissionFacts(events)).toEqual({
      sipRetransmissions: { sent: { INVITE: 2 }, received: { "200 INVITE": 1, "200 BYE": 1 } },
    });
    expect(sipRetransmissionFacts([wire("out", INVITE)])).toEqual({});
  });

  it("marks repeated messages in the ladder of the Markdown and HTML reports, in English and Swedish", () => {
    const report = {
      ...loadInput("call"),
      sip: sipRecords([wire("out", INVITE), wire("out", INVITE, true)], 0),
    };
    expect(report.sip.map((m) => m.retransmission ?? false)).toEqual([false, true]);
    const md = renderMarkdown(report, "en");
    expect(md.match(/INVITE sip:a@127\.0\.0\.1 SIP\/2\.0 \(retransmission\)/g)).toHaveLength(1);
    expect(renderMarkdown(report, "sv")).toContain("SIP/2.0 (omsändning)");
    // Marked once in the SVG ladder and once in the heading of the full message; not in the tooltip.
    expect(renderHtml(report, "en").match(/SIP\/2\.0 \(retransmission\)/g)).toHaveLength(2);
  });

  it("adds the total as a key figure (lower is better), only when there were any", () => {
    const base = loadInput("call");
    expect(keyFigures(base).some((f) => f.id === "sip.retransmissions")).toBe(false);
    const facts = {
      ...base.facts,
      sipRetransmissions: { sent: { INVITE: 2, BYE: 1 }, received: { "200 INVITE": 1 } },
    };
    const figure = keyFigures({ ...base, facts }).find((f) => f.id === "sip.retransmissions");
    expect(figure).toEqual({ id: "sip.retransmissions", value: 4, unit: "messages" });
    expect(formatFigure(figure!)).toBe("4");
    expect(renderMarkdown({ ...base, facts }, "sv")).toMatch(/\| SIP-omsändningar \| 4 \|/);
  });
});
