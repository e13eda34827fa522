/**
 * @jest-environment node
 */
// @ts-nocheck

/**
 * The add-in manifest (manifest.xml) and its offline checker (scripts/manifest-checks.cjs).
 * The real manifest must pass; each kind of defect, made by editing the real manifest's text,
 * must be caught with a message that names the element and says what to fix.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  formatFailure,
  ManifestCheckOptions,
  ManifestFailure,
  pngSize,
  validateManifest,
} from "../../scripts/manifest-checks.cjs";

const root = join(__dirname, "..", "..");
const manifestPath = join(root, "manifest.xml");
const manifest = readFileSync(manifestPath, "utf8");

/** The project's own files, as `npm run validate` sees them. */
const projectFiles: ManifestCheckOptions = {
  assetExists: (rel) => existsSync(join(root, rel)) && statSync(join(root, rel)).isFile(),
  imageSize: (rel) => pngSize(readFileSync(join(root, rel))),
};

/** The real manifest with `from` (which must occur exactly once) replaced by `to`. */
function edit(from: string, to: string, text = manifest): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`"${from}" must occur exactly once in the manifest`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** 1-based line of the first occurrence of `needle` in `text`. */
function lineOf(needle: string, text = manifest): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" not found`);
  return text.slice(0, at).split("\n").length;
}

function failuresOf(xml: string, options: ManifestCheckOptions = projectFiles): ManifestFailure[] {
  const result = validateManifest(xml, options);
  expect(result.ok).toBe(result.failures.length === 0);
  return result.failures;
}

/** Exactly one failure, matching the element and message given. */
function expectOneFailure(
  xml: string,
  element: RegExp | string,
  message: RegExp,
  options?: ManifestCheckOptions,
): ManifestFailure {
  const failures = failuresOf(xml, options);
  expect(failures.map((f) => formatFailure(f, "manifest.xml"))).toHaveLength(1);
  const [f] = failures;
  if (typeof element === "string") expect(f.element).toBe(element);
  else expect(f.element).toMatch(element);
  expect(f.message).toMatch(message);
  return f;
}

describe("the real manifest", () => {
  test("passes every check", () => {
    const result = validateManifest(manifest, projectFiles);
    expect(result.failures.map((f) => formatFailure(f, "manifest.xml"))).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.checks).toBeGreaterThan(150);
  });

  test("keeps its own Id, Excel host, ExcelApi 1.9 requirement and ReadWriteDocument permission", () => {
    expect(manifest).toContain("<Id>82a6797e-292f-48d8-91b5-742c754d5b56</Id>");
    expect(manifest).toContain('<Set Name="ExcelApi" MinVersion="1.9"/>');
    expect(manifest).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(manifest).toContain('<Host Name="Workbook"/>');
    expect(manifest).toContain('<OfficeTab id="TabHome">');
    expect(manifest).toMatch(/<Override Locale="es-ES" Value="Cuadro de mando ITSM"\/>/);
  });

  test("uses only the development origin https://localhost:3000/", () => {
    const urls = manifest.match(/\b[a-z]+:\/\/[^"<\s]+/g) ?? [];
    const own = urls.filter(
      (u) => !u.startsWith("http://schemas.microsoft.com/") && !u.startsWith("http://www.w3.org/"),
    );
    expect(own.length).toBeGreaterThan(5);
    for (const u of own) expect(u).toMatch(/^https:\/\/localhost:3000\//);
  });

  test("its icons are PNGs of the sizes they are named for", () => {
    for (const size of [16, 32, 64, 80]) {
      expect(pngSize(readFileSync(join(root, "assets", `icon-${size}.png`)))).toEqual({ width: size, height: size });
    }
    expect(pngSize(readFileSync(join(root, "assets", "logo-filled.png")))).toEqual({ width: 300, height: 300 });
  });
});

describe("element order", () => {
  test("an OfficeApp child out of the XSD order", () => {
    const permissions = "  <Permissions>ReadWriteDocument</Permissions>\n";
    const moved = edit("  <DefaultSettings>", permissions + "  <DefaultSettings>", edit(permissions, ""));
    const f = expectOneFailure(
      moved,
      "<DefaultSettings>",
      /out of order in <OfficeApp xsi:type="TaskPaneApp">: move it before <Permissions> \(required order: Id, AlternateId, Version, .*DefaultSettings, Permissions/,
    );
    expect(f.line).toBe(lineOf("<DefaultSettings>", moved));
  });

  test("Hosts after Requirements", () => {
    const hosts = '  <Hosts>\n    <Host Name="Workbook"/>\n  </Hosts>\n';
    const moved = edit("  <DefaultSettings>", hosts + "  <DefaultSettings>", edit(hosts, ""));
    const f = expectOneFailure(
      moved,
      "<Hosts>",
      /out of order in <OfficeApp xsi:type="TaskPaneApp">: move it before <Requirements>/,
    );
    expect(f.line).toBe(lineOf("<Hosts>", moved));
  });

  test("VersionOverrides with Resources before Hosts", () => {
    const start = manifest.indexOf("    <Resources>");
    const end = manifest.indexOf("    </Resources>\n") + "    </Resources>\n".length;
    const resources = manifest.slice(start, end);
    const moved = edit(
      "    <Hosts>\n      <Host xsi:type",
      resources + "    <Hosts>\n      <Host xsi:type",
      edit(resources, ""),
    );
    expectOneFailure(
      moved,
      "<Hosts>",
      /out of order in <VersionOverrides xsi:type="VersionOverridesV1_0">: move it before <Resources> \(required order: Description, Requirements, Hosts, Resources/,
    );
  });

  test("bt:Urls before bt:Images in Resources", () => {
    const start = manifest.indexOf("      <bt:Urls>");
    const end = manifest.indexOf("      </bt:Urls>\n") + "      </bt:Urls>\n".length;
    const urls = manifest.slice(start, end);
    const moved = edit("      <bt:Images>", urls + "      <bt:Images>", edit(urls, ""));
    expectOneFailure(
      moved,
      "<bt:Images>",
      /out of order in <Resources>: move it before <bt:Urls> \(required order: bt:Images, bt:Urls, bt:ShortStrings, bt:LongStrings\)/,
    );
  });

  test("a control's Icon before its Supertip", () => {
    const supertip =
      '                  <Supertip>\n                    <Title resid="TaskpaneButton.Label"/>\n' +
      '                    <Description resid="TaskpaneButton.Tooltip"/>\n                  </Supertip>\n';
    const moved = edit(
      '                  <Action xsi:type="ShowTaskpane">',
      supertip + '                  <Action xsi:type="ShowTaskpane">',
      edit(supertip, ""),
    );
    expectOneFailure(
      moved,
      "<Supertip>",
      /out of order in <Control id="ItsmScorecard.TaskpaneButton" xsi:type="Button">: move it before <Icon> \(required order: Label, Supertip, Icon, Action\)/,
    );
  });

  test("an element under the wrong parent or namespace", () => {
    const stray = edit("  <Permissions>", "  <Foo/>\n  <Permissions>");
    expectOneFailure(stray, "<Foo>", /is not a valid child of <OfficeApp .*>.*allowed, in this order: Id, AlternateId/);
    const noNs = edit(
      '<VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type',
      "<VersionOverrides xsi:type",
    );
    const failures = failuresOf(noNs);
    expect(failures[0].element).toMatch(/^<VersionOverrides/);
    expect(failures[0].message).toMatch(/namespace .*taskpaneappversionoverrides/);
  });

  test("a required element missing", () => {
    expectOneFailure(
      edit("  <ProviderName>ITSM Scorecard</ProviderName>\n", ""),
      '<OfficeApp xsi:type="TaskPaneApp">',
      /is missing <ProviderName>/,
    );
  });
});

describe("resources and resids", () => {
  test("a resid that names no resource", () => {
    const broken = edit('<SourceLocation resid="Taskpane.Url"/>', '<SourceLocation resid="Taskpane.Link"/>');
    const f = expectOneFailure(
      broken,
      '<SourceLocation resid="Taskpane.Link">',
      /resid "Taskpane.Link" \(in <Action xsi:type="ShowTaskpane">\) names no resource: define <bt:Url id="Taskpane.Link" \.\.\.\/> in <bt:Urls> or fix the resid/,
    );
    expect(f.line).toBe(lineOf('resid="Taskpane.Link"', broken));
  });

  test("a resid that names a resource of the wrong kind", () => {
    expectOneFailure(
      edit('<Label resid="Group.Label"/>', '<Label resid="Taskpane.Url"/>'),
      '<Label resid="Taskpane.Url">',
      /names a URL \(in <bt:Urls>\), but <Label> needs a short string from <bt:ShortStrings>/,
    );
    const failures = failuresOf(
      edit('<Description resid="TaskpaneButton.Tooltip"/>', '<Description resid="Group.Label"/>'),
    );
    expect(failures).toHaveLength(1);
    expect(failures[0].message).toMatch(/needs a long string from <bt:LongStrings>/);
  });

  test("a resource id longer than 32 characters", () => {
    const long = "ItsmScorecard.TaskpaneButton.Label"; // 34 characters
    const broken = edit('<bt:String id="TaskpaneButton.Label"', `<bt:String id="${long}"`)
      .split('resid="TaskpaneButton.Label"')
      .join(`resid="${long}"`);
    const failures = failuresOf(broken).map((f) => f.message);
    expect(failures).toContain(`id "${long}" is 34 characters; resource ids must be at most 32`);
    expect(failures).toContain(`resid "${long}" must be 1 to 32 characters`);
  });

  test("a resource id defined twice", () => {
    const broken = edit('<bt:Url id="Commands.Url"', '<bt:Url id="Taskpane.Url"');
    const failures = failuresOf(broken);
    expect(failures.map((f) => `${f.line}: ${f.element} ${f.message}`)).toEqual([
      `${lineOf('<bt:Url id="Taskpane.Url"', broken) + 1}: <bt:Url id="Taskpane.Url"> id "Taskpane.Url" is already defined on line ` +
        `${lineOf('<bt:Url id="Taskpane.Url"', broken)}: resource ids must be unique`,
      // and FunctionFile's resid now names nothing
      `${lineOf("<FunctionFile", broken)}: <FunctionFile resid="Commands.Url"> resid "Commands.Url" (in <DesktopFormFactor>) names no resource: ` +
        'define <bt:Url id="Commands.Url" .../> in <bt:Urls> or fix the resid',
    ]);
  });

  test("an icon missing a mandatory size", () => {
    const broken = edit(
      '                  <bt:Image size="80" resid="Icon.80x80"/>\n                </Icon>\n                <Control',
      "                </Icon>\n                <Control",
    );
    expectOneFailure(broken, "<Icon>", /lacks <bt:Image size="80" \.\.\.\/> \(in <Group id="ItsmScorecard.Group">\)/);
  });

  test("an icon resource whose PNG has the wrong size", () => {
    const broken = edit(
      '<bt:Image size="16" resid="Icon.16x16"/>\n                  <bt:Image size="32"',
      '<bt:Image size="16" resid="Icon.32x32"/>\n                  <bt:Image size="32"',
    );
    const messages = failuresOf(broken).map((f) => `${f.element} ${f.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^<bt:Image id="Icon.32x32"> is used as a 16px icon but assets\/icon-32.png is 32x32 pixels: draw it at 16x16$/,
        ),
      ]),
    );
  });

  test("a short string longer than 125 characters", () => {
    const label = "X".repeat(126);
    expectOneFailure(
      edit(
        '<bt:String id="Group.Label" DefaultValue="ITSM Scorecard">',
        `<bt:String id="Group.Label" DefaultValue="${label}">`,
      ),
      '<bt:String id="Group.Label">',
      /DefaultValue is 126 characters; shorten it to at most 125/,
    );
  });
});

describe("URLs and assets", () => {
  test("an http URL", () => {
    const broken = edit(
      '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>',
      '<bt:Url id="Taskpane.Url" DefaultValue="http://localhost:3000/taskpane.html"/>',
    );
    const f = expectOneFailure(
      broken,
      '<bt:Url id="Taskpane.Url">',
      /DefaultValue "http:\/\/localhost:3000\/taskpane.html" must use https:/,
    );
    expect(f.line).toBe(lineOf('<bt:Url id="Taskpane.Url"', broken));
    expect(formatFailure(f, "manifest.xml")).toBe(
      `manifest.xml:${f.line}: <bt:Url id="Taskpane.Url"> DefaultValue "http://localhost:3000/taskpane.html" must use https: ` +
        "(Office loads add-in pages, icons and links only over https)",
    );
  });

  test("an http URL in a locale override and in AppDomains", () => {
    const override = edit(
      '<SupportUrl DefaultValue="https://localhost:3000/support.html"/>',
      '<SupportUrl DefaultValue="https://localhost:3000/support.html">\n    <Override Locale="es-ES" Value="http://localhost:3000/soporte.html"/>\n  </SupportUrl>',
    );
    expectOneFailure(
      override,
      '<Override Locale="es-ES">',
      /Value "http:\/\/localhost:3000\/soporte.html" must use https:/,
    );
    const domains = edit(
      "  <Hosts>\n    <Host Name",
      "  <AppDomains>\n    <AppDomain>http://example.org</AppDomain>\n  </AppDomains>\n  <Hosts>\n    <Host Name",
    );
    expectOneFailure(domains, "<AppDomain>", /AppDomain "http:\/\/example.org" must use https:/);
  });

  test("a URL on another local port than the development origin", () => {
    expectOneFailure(
      edit(
        'DefaultValue="https://localhost:3000/commands.html"',
        'DefaultValue="https://localhost:3001/commands.html"',
      ),
      '<bt:Url id="Commands.Url">',
      /must use the development origin https:\/\/localhost:3000\/ like every other URL/,
    );
  });

  test("a missing asset", () => {
    const broken = edit(
      '<bt:Image id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"/>',
      '<bt:Image id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80x80.png"/>',
    );
    expectOneFailure(
      broken,
      '<bt:Image id="Icon.80x80">',
      /points at assets\/icon-80x80.png, which does not exist: add the file \(node scripts\/make-icons.mjs draws the icons\) or fix the URL/,
    );
    // the same, with the file deleted instead of the URL changed
    const noIcon80: ManifestCheckOptions = { assetExists: (rel) => rel !== "assets/icon-80.png" };
    expectOneFailure(
      manifest,
      '<bt:Image id="Icon.80x80">',
      /points at assets\/icon-80.png, which does not exist/,
      noIcon80,
    );
  });

  test("an icon of the wrong pixel size", () => {
    const big: ManifestCheckOptions = { assetExists: () => true, imageSize: () => ({ width: 64, height: 64 }) };
    const messages = failuresOf(manifest, big).map((f) => `${f.element} ${f.message}`);
    expect(messages).toContain(
      '<IconUrl> DefaultValue "https://localhost:3000/assets/icon-32.png" is 64x64 pixels; it must be 32x32',
    );
    expect(messages.some((m) => m.startsWith("<HighResolutionIconUrl>"))).toBe(false);
  });
});

describe("identity, permissions, requirements, hosts, strings", () => {
  test("the yo office template GUID", () => {
    expectOneFailure(
      edit("<Id>82a6797e-292f-48d8-91b5-742c754d5b56</Id>", "<Id>05c2e1c9-3e1d-406e-9a91-e9ac64854143</Id>"),
      "<Id>",
      /is the Yeoman generator's \(yo office\) template Id: generate a new GUID for this add-in .*randomUUID/,
    );
  });

  test("an Id that is not a GUID", () => {
    expectOneFailure(
      edit("<Id>82a6797e-292f-48d8-91b5-742c754d5b56</Id>", "<Id>itsm-scorecard</Id>"),
      "<Id>",
      /must be a GUID .*\(found "itsm-scorecard"\)/,
    );
  });

  test("a permission other than ReadWriteDocument", () => {
    expectOneFailure(
      edit("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadWriteMailbox</Permissions>"),
      "<Permissions>",
      /must be exactly ReadWriteDocument \(found "ReadWriteMailbox"\)/,
    );
    expectOneFailure(
      edit("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadDocument</Permissions>"),
      "<Permissions>",
      /must be exactly ReadWriteDocument/,
    );
  });

  test("an extra Permissions element", () => {
    const extra = edit(
      "<Permissions>ReadWriteDocument</Permissions>",
      "<Permissions>ReadWriteDocument</Permissions>\n  <Permissions>ReadAllDocument</Permissions>",
    );
    const messages = failuresOf(extra).map((f) => `${f.element} ${f.message}`);
    expect(messages).toContain('<OfficeApp xsi:type="TaskPaneApp"> has 2 <Permissions> children; at most 1 allowed');
  });

  test("no ExcelApi requirement, or one lower than the code needs", () => {
    expectOneFailure(
      edit('<Set Name="ExcelApi" MinVersion="1.9"/>', '<Set Name="WordApi" MinVersion="1.3"/>'),
      "<Sets>",
      /must declare exactly one <Set Name="ExcelApi" MinVersion="1.9"\/> \(found 0\)/,
    );
    expectOneFailure(
      edit('<Set Name="ExcelApi" MinVersion="1.9"/>', '<Set Name="ExcelApi" MinVersion="1.8"/>'),
      '<Set Name="ExcelApi">',
      /requires ExcelApi 1.8, but the code uses ExcelApi 1.9/,
    );
    expect(
      failuresOf(edit('<Set Name="ExcelApi" MinVersion="1.9"/>', '<Set Name="ExcelApi" MinVersion="1.12"/>')),
    ).toEqual([]);
    const none = edit(
      manifest.slice(manifest.indexOf("  <Requirements>"), manifest.indexOf("  </Requirements>\n") + 18),
      "",
    );
    expectOneFailure(
      none,
      "<OfficeApp>",
      /has no <Requirements>: declare <Sets><Set Name="ExcelApi" MinVersion="1.9"\/><\/Sets>/,
    );
  });

  test("Hosts without Workbook", () => {
    expectOneFailure(
      edit('<Host Name="Workbook"/>', '<Host Name="Document"/>'),
      "<Hosts>",
      /must contain <Host Name="Workbook"\/> for Excel \(found Document\)/,
    );
    expectOneFailure(
      edit('<Host xsi:type="Workbook">', '<Host xsi:type="Document">'),
      "<Hosts>",
      /must contain <Host xsi:type="Workbook"> for Excel \(found Document\)/,
    );
  });

  test("a DisplayName over 125 or a Description over 250 characters", () => {
    expectOneFailure(
      edit('<DisplayName DefaultValue="ITSM Scorecard">', `<DisplayName DefaultValue="${"D".repeat(126)}">`),
      "<DisplayName>",
      /DefaultValue is 126 characters; shorten it to at most 125/,
    );
    const description = manifest.match(/<Description DefaultValue="([^"]*)">/)![1];
    expectOneFailure(
      edit(`<Description DefaultValue="${description}">`, `<Description DefaultValue="${"d".repeat(251)}">`),
      "<Description>",
      /DefaultValue is 251 characters; shorten it to at most 250/,
    );
    expectOneFailure(
      edit(
        '<Override Locale="es-ES" Value="Cuadro de mando ITSM"/>\n  </DisplayName>',
        `<Override Locale="es-ES" Value="${"e".repeat(130)}"/>\n  </DisplayName>`,
      ),
      '<Override Locale="es-ES">',
      /Value is 130 characters; shorten it to at most 125/,
    );
  });

  test("a string without the Spanish translation the others have", () => {
    const broken = edit(
      '<bt:String id="GetStarted.Title" DefaultValue="ITSM Scorecard is ready">\n          <bt:Override Locale="es-ES" Value="El cuadro de mando ITSM está listo"/>\n        </bt:String>',
      '<bt:String id="GetStarted.Title" DefaultValue="ITSM Scorecard is ready"/>',
    );
    expectOneFailure(
      broken,
      '<bt:String id="GetStarted.Title">',
      /has no es-ES translation: add <bt:Override Locale="es-ES" Value="\.\.\."\/>/,
    );
  });
});

describe("malformed XML", () => {
  test("a missing closing tag", () => {
    const broken = edit("    </Sets>\n", "");
    const failures = failuresOf(broken);
    expect(failures.length).toBeGreaterThanOrEqual(1);
    expect(failures[0].element).toBe("XML");
    expect(failures[0].message).toMatch(/^is not well-formed: .*(mismatch|Sets|Requirements)/i);
    expect(failures[0].line).toBeGreaterThanOrEqual(lineOf("<Sets DefaultMinVersion"));
  });

  test("a bare ampersand", () => {
    const broken = edit('DefaultValue="ITSM Scorecard is ready"', 'DefaultValue="ITSM Scorecard & co"');
    const f = expectOneFailure(broken, "XML", /is not well-formed: a bare "&" must be written "&amp;"/);
    expect(f.line).toBe(lineOf("ITSM Scorecard & co", broken));
  });

  test("an unquoted attribute, a duplicate attribute, text after the root, an empty file", () => {
    expect(failuresOf(edit('<Host Name="Workbook"/>', "<Host Name=Workbook/>"))[0].message).toMatch(/not well-formed/);
    expect(failuresOf(edit('<Host Name="Workbook"/>', '<Host Name="Workbook" Name="Workbook"/>'))[0].message).toMatch(
      /not well-formed: .*redefined/,
    );
    expect(failuresOf(manifest + "<OfficeApp/>\n")[0].message).toMatch(/not well-formed/);
    expect(failuresOf("")[0].message).toMatch(/is empty/);
  });

  test("another root element", () => {
    expectOneFailure(
      '<?xml version="1.0"?>\n<Manifest/>',
      "<Manifest>",
      /must be <OfficeApp xmlns="http:\/\/schemas.microsoft.com\/office\/appforoffice\/1.1">/,
    );
  });
});

describe("npm run validate (scripts/validate-manifest.mjs)", () => {
  const script = join(root, "scripts", "validate-manifest.mjs");

  test("prints one line and exits 0 for the real manifest", () => {
    const run = spawnSync(process.execPath, [script], { cwd: root, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^manifest\.xml is valid \(\d+ checks\)\n$/);
    expect(run.status).toBe(0);
  });

  test("prints one line per problem and exits 1 for a broken manifest", () => {
    const dir = mkdtempSync(join(tmpdir(), "manifest-"));
    try {
      const broken = edit("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadAllDocument</Permissions>");
      writeFileSync(join(dir, "manifest.xml"), broken);
      const run = spawnSync(process.execPath, [script, join(dir, "manifest.xml")], { cwd: dir, encoding: "utf8" });
      expect(run.status).toBe(1);
      const lines = run.stderr.trim().split("\n");
      // no assets/ beside this copy: five icon URLs missing, plus the permission
      expect(lines).toHaveLength(7);
      expect(lines).toContain(
        `manifest.xml:${lineOf("<Permissions>", broken)}: <Permissions> must be exactly ReadWriteDocument (found "ReadAllDocument"): ` +
          "the add-in reads and writes the open workbook and needs nothing more",
      );
      expect(lines.filter((l) => /which does not exist/.test(l))).toHaveLength(5);
      expect(lines[lines.length - 1]).toMatch(/^manifest\.xml: 6 problems found \(\d+ checks\)$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
