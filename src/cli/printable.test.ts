import { describe, expect, it } from "vitest";
import { printable } from "./printable.js";

describe("printable", () => {
  it("shows control characters as \\xNN and leaves text alone", () => {
    expect(printable("incoming \u001b[2Jcaller\r\nforged line\u0000")).toBe(
      "incoming \\x1b[2Jcaller\\x0d\\x0aforged line\\x00",
    );
    expect(printable("Testrum vdm-test — åäö")).toBe("Testrum vdm-test — åäö");
  });
});
