// @ts-nocheck
import {
  decodeEntities,
  XML_END,
  XML_EOF,
  XML_START,
  XML_TEXT,
  XmlReader,
  XmlSyntaxError,
} from "../../src/host/file/xml/xmlReader";
import {
  decodeExcelText,
  escapeAttr,
  escapeExcelText,
  escapeText,
  stripInvalidXmlChars,
} from "../../src/host/file/xml/xmlWrite";

/** Events as readable strings. */
function events(xml: string): string[] {
  const r = new XmlReader(xml);
  const out: string[] = [];
  for (let ev = r.next(); ev !== XML_EOF; ev = r.next()) {
    if (ev === XML_START) out.push(`<${r.localName}${r.selfClosing ? "/" : ""}>`);
    else if (ev === XML_END) out.push(`</${r.localName}>`);
    else if (ev === XML_TEXT) out.push(JSON.stringify(r.text));
  }
  return out;
}

describe("XmlReader", () => {
  it("reports start, end and text events, with an END after self-closing tags", () => {
    expect(events('<?xml version="1.0"?><!-- c --><a><b x="1"/>t<c></c></a>')).toEqual([
      "<a>",
      "<b/>",
      "</b>",
      '"t"',
      "<c>",
      "</c>",
      "</a>",
    ]);
  });

  it("decodes the predefined entities and character references", () => {
    expect(events("<t>&amp;&lt;&gt;&quot;&apos;&#65;&#x42;&#x1F600;&unknown;</t>")[1]).toBe(
      JSON.stringify(`&<>"'AB😀&unknown;`),
    );
    expect(decodeEntities("a &amp;amp; b")).toBe("a &amp; b");
  });

  it("reads CDATA verbatim and skips DOCTYPE and processing instructions", () => {
    expect(events('<!DOCTYPE x [<!ENTITY e "v">]><?pi x?><t><![CDATA[<not> &amp; a tag]]></t>')).toEqual([
      "<t>",
      JSON.stringify("<not> &amp; a tag"),
      "</t>",
    ]);
  });

  it("matches prefixed names by local name and keeps the prefix", () => {
    const r = new XmlReader('<x:row xmlns:x="urn:x" r="3"><x:c/></x:row>');
    expect(r.next()).toBe(XML_START);
    expect(r.is("row")).toBe(true);
    expect(r.prefix).toBe("x:");
    expect(r.qualifiedName).toBe("x:row");
    expect(r.attr("r")).toBe("3");
    // Namespace declarations are not attributes.
    expect(r.attr("x")).toBeUndefined();
  });

  it("reads attributes with either quote, entities, '>' and '/' inside values, and prefixes", () => {
    const r = new XmlReader(
      `<numFmt numFmtId='164' formatCode="[&gt;=100]0/0&quot;x&quot;" r:id="rId1" a = "sp aced"/>`,
    );
    r.next();
    expect(r.selfClosing).toBe(true);
    expect(r.attr("numFmtId")).toBe("164");
    expect(r.attr("formatCode")).toBe('[>=100]0/0"x"');
    expect(r.attr("id")).toBe("rId1");
    expect(r.attr("a")).toBe("sp aced");
    const r2 = new XmlReader('<f code="a>b/">x</f>');
    r2.next();
    expect(r2.selfClosing).toBe(false);
    expect(r2.attr("code")).toBe("a>b/");
  });

  it("normalizes literal CR to LF but keeps a CR written as a reference", () => {
    expect(events("<t>a\r\nb\rc&#13;</t>")[1]).toBe(JSON.stringify("a\nb\nc\r"));
  });

  it("gives offsets that let a writer splice the text", () => {
    const xml = "<a><b>1</b><c/></a>";
    const r = new XmlReader(xml);
    r.next();
    r.next();
    const start = r.start;
    const end = r.skipElement();
    expect(xml.slice(start, end)).toBe("<b>1</b>");
  });

  it("throws a syntax error on an unterminated tag", () => {
    const r = new XmlReader('<a b="1');
    expect(() => r.next()).toThrow(XmlSyntaxError);
  });
});

describe("XML escaping for written text", () => {
  it("escapes markup and keeps CR", () => {
    expect(escapeText("a < b & c > d\r\n")).toBe("a &lt; b &amp; c &gt; d&#13;\n");
    expect(escapeAttr('say "hi"\t&\n')).toBe("say &quot;hi&quot;&#9;&amp;&#10;");
  });

  it("strips characters XML 1.0 cannot carry, keeping tab, newline and valid pairs", () => {
    expect(stripInvalidXmlChars("a\u0000b\u0007c\td\ne\uFFFEf\uD800g😀")).toBe("abc\td\nefg😀");
  });

  it("escapes and decodes Excel's _xHHHH_ sequences symmetrically", () => {
    const s = "id_x0041_ and _x005F_ plain_x";
    const escaped = escapeExcelText(s);
    expect(escaped).toBe("id_x005F_x0041_ and _x005F_x005F_ plain_x");
    expect(decodeExcelText(escaped)).toBe(s);
    expect(decodeExcelText("line_x000D_break")).toBe("line\rbreak");
  });
});
