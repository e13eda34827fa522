// @ts-nocheck
import fc from "fast-check";
import { isBlank, trimmed } from "../../src/core/parse/cellValues";

describe("trimmed and isBlank agree with String.prototype.trim on every kind of white space", () => {
  const samples = [
    "",
    "a",
    "C-001",
    " C-001",
    "C-001 ",
    "\tC-001\n",
    "\u00a0Quito\u00a0",
    "\u3000東京\u3000",
    "\ufeffBOM",
    "x\u2003",
    "   ",
    "\u00a0",
    "\u2028",
    "ñandú",
    "Ñ",
    "~",
    "!",
  ];
  it.each(samples)("%j", (text) => {
    expect(trimmed(text)).toBe(text.trim());
    expect(isBlank(text)).toBe(text.trim() === "");
  });

  it("agrees with trim() on any mix of letters, ASCII and Unicode spaces", () => {
    const units = [
      "a",
      "Z",
      "0",
      "-",
      "~",
      "ñ",
      "東",
      " ",
      "\t",
      "\n",
      "\r",
      "\u00a0",
      "\u2003",
      "\u3000",
      "\ufeff",
      "\u2028",
      "\u200b",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 8 }), (parts) => {
        const text = parts.join("");
        expect(trimmed(text)).toBe(text.trim());
        expect(isBlank(text)).toBe(text.trim() === "");
      }),
      { seed: 20261123, numRuns: 2000 },
    );
  });

  it("calls null blank and numbers, booleans and dates not", () => {
    expect(isBlank(null)).toBe(true);
    expect(isBlank(0)).toBe(false);
    expect(isBlank(false)).toBe(false);
    expect(isBlank(new Date(0))).toBe(false);
  });
});
