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

  it("returns the same string when nothing is trimmed", () => {
    const text = "AUD-HA-UIO";
    expect(trimmed(text)).toBe(text);
  });

  it("calls null blank and numbers, booleans and dates not", () => {
    expect(isBlank(null)).toBe(true);
    expect(isBlank(0)).toBe(false);
    expect(isBlank(false)).toBe(false);
    expect(isBlank(new Date(0))).toBe(false);
  });
});
