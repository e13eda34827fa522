/**
 * Escaping for the XML this host writes. Text comes from users (names, descriptions), so it is
 * cleaned of what XML 1.0 cannot carry and of what Excel would reinterpret.
 */
// @ts-nocheck


/** Characters XML 1.0 forbids: C0 controls other than TAB/LF/CR, U+FFFE/U+FFFF, unpaired surrogates. */
const INVALID_XML_CHARS =
  // eslint-disable-next-line no-control-regex -- these are the very characters XML 1.0 forbids
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters that cannot appear in an XML 1.0 document. */
export function stripInvalidXmlChars(s: string): string {
  INVALID_XML_CHARS.lastIndex = 0;
  if (!INVALID_XML_CHARS.test(s)) return s;
  INVALID_XML_CHARS.lastIndex = 0;
  return s.replace(INVALID_XML_CHARS, "");
}

const TEXT_SPECIALS = /[&<>\r]/;
const ATTR_SPECIALS = /[&<>"\t\n\r]/;

/** Escapes element content. CR is written as a reference so that XML newline handling keeps it. */
export function escapeText(s: string): string {
  const clean = stripInvalidXmlChars(s);
  if (!TEXT_SPECIALS.test(clean)) return clean;
  return clean.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}

/** Escapes an attribute value (double-quoted); whitespace controls as references survive normalization. */
export function escapeAttr(s: string): string {
  const clean = stripInvalidXmlChars(s);
  if (!ATTR_SPECIALS.test(clean)) return clean;
  return clean
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
}

/**
 * Excel reads `_xHHHH_` in cell text as an escaped character. A user's literal `_x0041_` must
 * therefore have its underscore escaped (`_x005F_x0041_`) to read back as written.
 */
export function escapeExcelText(s: string): string {
  return s.indexOf("_x") >= 0 ? s.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1") : s;
}

/** Inverse of escapeExcelText, applied to cell text read from a part. */
export function decodeExcelText(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
