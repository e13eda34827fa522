// @ts-nocheck
"use strict";
/**
 * Offline checks of the add-in's XML manifest (manifest.xml).
 *
 * Pure: takes the manifest text and functions that tell whether an asset file exists (and,
 * optionally, an image's pixel size); reads no file itself. Used by scripts/validate-manifest.mjs
 * (`npm run validate`) and by test/manifest/manifest.test.ts.
 *
 * It covers what the Office manifest XSDs (OfficeAppManifestV1_1, TaskPaneAppVersionOverridesV1_0,
 * OfficeAppBasicTypesV1_0) require of the parts this add-in uses, plus the project's own rules:
 * https everywhere, one development origin, assets that exist, exactly ReadWriteDocument,
 * an ExcelApi requirement, a real Id, and every user-visible string translated to every locale
 * the manifest uses. It is CommonJS so that Node runs it without a build step and jest loads it as is.
 */

const { DOMParser } = require("@xmldom/xmldom");

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  ov11: "http://schemas.microsoft.com/office/taskpaneappversionoverrides/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
  dsig: "http://www.w3.org/2000/09/xmldsig#",
};

/** The development origin used by every URL of the project; the production build replaces it. */
const DEV_ORIGIN = "https://localhost:3000";

/** Ids that scaffolding ships with: a manifest still carrying one collides with other add-ins. */
const TEMPLATE_GUIDS = {
  "05c2e1c9-3e1d-406e-9a91-e9ac64854143": "the Yeoman generator's (yo office) template Id",
  "00000000-0000-0000-0000-000000000000": "the nil GUID",
};

const REQUIRED_PERMISSION = "ReadWriteDocument";
/** The lowest ExcelApi set the code needs (see the comment above <Requirements> in manifest.xml). */
const MIN_EXCEL_API = "1.9";

const GUID_RE =
  /^(?:(?:urn:uuid:)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\})$/i;
const VERSION_RE = /^[0-9]{1,5}(?:\.[0-9]{1,5}){0,3}$/;
const SHORT_VERSION_RE = /^[0-9]{1,5}\.[0-9]{1,5}$/;
const CULTURE_RE =
  /^(?:[a-zA-Z]{2,3}-[a-zA-Z0-9]{3,8}(?:-[a-zA-Z]{2,3})?|[a-zA-Z]{2,3}(?:-[a-zA-Z]{2,3}(?:_tradnl|\.pseudo|-[a-zA-Z]{4,8})?)?)$/;

const SHORT_MAX = 125;
const LONG_MAX = 250;
const RESID_MAX = 32;

// ---------------------------------------------------------------------------------------------
// Child sequences (xs:sequence in the XSDs). Each entry: [name, min, max]; a name with "bt:" is
// in the basic-types namespace, otherwise in the namespace given with the sequence.

const U = Infinity;

/** OfficeApp (xsi:type="TaskPaneApp"): the base OfficeApp sequence, then the TaskPaneApp extension. */
const OFFICE_APP_SEQUENCE = [
  ["Id", 1, 1],
  ["AlternateId", 0, 1],
  ["Version", 1, 1],
  ["ProviderName", 1, 1],
  ["DefaultLocale", 1, 1],
  ["DisplayName", 1, 1],
  ["Description", 1, 1],
  ["IconUrl", 0, 1],
  ["HighResolutionIconUrl", 0, 1],
  ["SupportUrl", 0, 1],
  ["AppDomains", 0, 1],
  ["Hosts", 0, 1],
  ["Requirements", 0, 1],
  ["DefaultSettings", 1, 1],
  ["Permissions", 1, 1],
  ["Dictionary", 0, 1],
  ["ov:VersionOverrides", 0, 1],
  ["dsig:Signature", 0, 1],
];

/** VersionOverrides (VersionOverridesV1_0). Hosts is optional in the XSD; this add-in needs it. */
const VERSION_OVERRIDES_SEQUENCE = [
  ["Description", 0, 1],
  ["Requirements", 0, 1],
  ["Hosts", 1, 1],
  ["Resources", 0, 1],
  ["WebApplicationInfo", 0, 1],
  ["EquivalentAddins", 0, 1],
  ["ov11:VersionOverrides", 0, 1],
];

const RESOURCES_SEQUENCE = [
  ["bt:Images", 0, 1],
  ["bt:Urls", 0, 1],
  ["bt:ShortStrings", 0, 1],
  ["bt:LongStrings", 0, 1],
];

/** Sequences inside VersionOverrides, keyed by local name or "localName:xsiType". */
const OV_SEQUENCES = {
  Hosts: [["Host", 1, U]],
  Host: [
    ["AllFormFactors", 0, 1],
    ["DesktopFormFactor", 0, 1],
  ],
  DesktopFormFactor: [
    ["GetStarted", 0, 1],
    ["FunctionFile", 0, 1],
    ["ExtensionPoint", 1, U],
  ],
  GetStarted: [
    ["Title", 1, 1],
    ["Description", 1, 1],
    ["LearnMoreUrl", 1, 1],
  ],
  "ExtensionPoint:PrimaryCommandSurface": [
    ["OfficeTab", 0, U],
    ["CustomTab", 0, U],
  ],
  "ExtensionPoint:ContextMenu": [["OfficeMenu", 1, U]],
  OfficeTab: [["Group", 1, U]],
  CustomTab: [
    ["Group", 1, U],
    ["Label", 1, 1],
  ],
  OfficeMenu: [["Control", 1, U]],
  Group: [
    ["Label", 1, 1],
    ["Icon", 1, 1],
    ["Control", 1, U],
  ],
  "Control:Button": [
    ["Label", 1, 1],
    ["Supertip", 1, 1],
    ["Icon", 1, 1],
    ["Action", 1, 1],
  ],
  "Control:Menu": [
    ["Label", 1, 1],
    ["Supertip", 1, 1],
    ["Icon", 1, 1],
    ["Items", 1, 1],
  ],
  Items: [["Item", 1, U]],
  Item: [
    ["Label", 1, 1],
    ["Supertip", 1, 1],
    ["Icon", 0, 1],
    ["Action", 1, 1],
  ],
  Supertip: [
    ["Title", 1, 1],
    ["Description", 1, 1],
  ],
  Icon: [["bt:Image", 1, U]],
  "Action:ShowTaskpane": [
    ["TaskpaneId", 0, 1],
    ["SourceLocation", 1, 1],
    ["Title", 0, 1],
  ],
  "Action:ExecuteFunction": [["FunctionName", 1, 1]],
};

/** Resource collections: which element each holds, and which referencing elements use it. */
const RESOURCE_KINDS = {
  Images: { item: "Image", label: "an image", collection: "bt:Images" },
  Urls: { item: "Url", label: "a URL", collection: "bt:Urls" },
  ShortStrings: { item: "String", label: "a short string", collection: "bt:ShortStrings", max: SHORT_MAX },
  LongStrings: { item: "String", label: "a long string", collection: "bt:LongStrings", max: LONG_MAX },
};

/** The resource kind a `resid` must name, by the referencing element's local name. */
const RESID_KIND = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
};

/** Icon sizes that every <Icon> must provide (IconList: "Mandatory values are 16, 32, and 80"). */
const ICON_SIZES = [16, 32, 80];

// ---------------------------------------------------------------------------------------------
// Helpers

function elementChildren(el) {
  const out = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n);
  return out;
}

function childrenNamed(el, ns, localName) {
  return elementChildren(el).filter((c) => c.namespaceURI === ns && c.localName === localName);
}

function firstChild(el, ns, localName) {
  return childrenNamed(el, ns, localName)[0];
}

function descendants(el, ns, localName) {
  const out = [];
  const walk = (n) => {
    for (const c of elementChildren(n)) {
      if ((ns === null || c.namespaceURI === ns) && (localName === null || c.localName === localName)) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

function attr(el, name) {
  return el.hasAttribute(name) ? el.getAttribute(name) : undefined;
}

function xsiType(el) {
  return el.hasAttributeNS(NS.xsi, "type") ? el.getAttributeNS(NS.xsi, "type") : undefined;
}

function text(el) {
  return (el.textContent || "").trim();
}

/** `<bt:String id="X">`-style description of an element, naming its identifying attributes. */
function describe(el) {
  if (!el) return "<document>";
  const parts = [el.nodeName];
  for (const a of ["id", "Name", "resid", "size", "Locale"]) {
    const v = attr(el, a);
    if (v !== undefined) parts.push(`${a}="${v}"`);
  }
  const t = xsiType(el);
  if (t !== undefined) parts.push(`xsi:type="${t}"`);
  return `<${parts.join(" ")}>`;
}

function versionAtLeast(v, min) {
  const a = v.split(".").map(Number);
  const b = min.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] || 0;
    const y = b[i] || 0;
    if (x !== y) return x > y;
  }
  return true;
}

function lineOf(source, index) {
  let line = 1;
  for (let i = 0; i < index && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

// ---------------------------------------------------------------------------------------------
// The checker

class Checker {
  constructor(options) {
    this.options = options;
    this.checks = 0;
    this.failures = [];
  }

  /** Counts one check; records a failure when `ok` is false. Returns `ok`. */
  check(ok, node, message) {
    this.checks++;
    if (!ok) this.fail(node, message);
    return ok;
  }

  fail(node, message, line) {
    this.failures.push({
      element: typeof node === "string" ? node : describe(node),
      line: line !== undefined ? line : node && typeof node === "object" ? node.lineNumber : undefined,
      message,
    });
  }

  /**
   * Checks the children of `el` against an xs:sequence: no unknown child, none out of order,
   * none repeated beyond its maximum, none required missing.
   */
  sequence(el, spec, defaultNs) {
    const resolved = spec.map(([name, min, max]) => {
      const colon = name.indexOf(":");
      const ns = colon < 0 ? defaultNs : NS[name.slice(0, colon)];
      const localName = colon < 0 ? name : name.slice(colon + 1);
      const display = ns === NS.bt ? `bt:${localName}` : localName;
      return { ns, localName, min, max, display };
    });
    const order = resolved.map((r) => r.display).join(", ");
    const counts = resolved.map(() => 0);
    let lastIndex = -1;
    let lastChild = null;
    let ok = true;
    for (const child of elementChildren(el)) {
      const i = resolved.findIndex((r) => r.ns === child.namespaceURI && r.localName === child.localName);
      if (i < 0) {
        const sameName = resolved.find((r) => r.localName === child.localName);
        const hint = sameName
          ? ` (it is in namespace "${child.namespaceURI || "none"}"; it must be in "${sameName.ns}")`
          : ` (allowed, in this order: ${order})`;
        this.fail(child, `is not a valid child of ${describe(el)}${hint}`);
        ok = false;
        continue;
      }
      counts[i]++;
      if (i < lastIndex) {
        this.fail(
          child,
          `is out of order in ${describe(el)}: move it before ${describe(lastChild)} ` + `(required order: ${order})`,
        );
        ok = false;
      } else {
        lastIndex = i;
        lastChild = child;
      }
    }
    resolved.forEach((r, i) => {
      if (counts[i] > r.max) {
        this.fail(el, `has ${counts[i]} <${r.display}> children; at most ${r.max} allowed`);
        ok = false;
      }
      if (counts[i] < r.min) {
        this.fail(el, `is missing <${r.display}>${r.min > 1 ? ` (at least ${r.min})` : ""} (required order: ${order})`);
        ok = false;
      }
    });
    this.checks++;
    return ok;
  }

  // ---- parsing --------------------------------------------------------------------------------

  parse(xml) {
    if (typeof xml !== "string" || xml.trim() === "") {
      this.fail("manifest", "is empty: it must hold an <OfficeApp> XML document");
      return undefined;
    }
    this.checkEntities(xml);
    const problems = [];
    let doc;
    try {
      doc = new DOMParser({
        onError: (level, message, context) => {
          const loc = context && context.locator;
          problems.push({ level, message, line: loc ? loc.lineNumber : undefined });
        },
      }).parseFromString(xml, "text/xml");
    } catch (e) {
      const loc = e && e.locator;
      if (!problems.some((p) => p.level === "fatalError")) {
        problems.push({ level: "fatalError", message: String(e && e.message), line: loc ? loc.lineNumber : undefined });
      }
    }
    for (const p of problems) {
      this.fail("XML", `is not well-formed: ${p.message.split("\n")[0]}`, p.line);
    }
    this.checks++;
    if (problems.length > 0 || this.failures.length > 0 || !doc || !doc.documentElement) return undefined;
    return doc;
  }

  /** xmldom accepts a bare "&"; XML does not. Also rejects entities a manifest cannot define. */
  checkEntities(xml) {
    const blanked = xml.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>/g, (m) =>
      m.replace(/[^\n]/g, " "),
    );
    const re = /&(?:([A-Za-z_][\w.-]*);|#[0-9]+;|#x[0-9A-Fa-f]+;)?/g;
    let m;
    while ((m = re.exec(blanked))) {
      const whole = m[0];
      const name = m[1];
      if (whole === "&") {
        this.fail("XML", 'is not well-formed: a bare "&" must be written "&amp;"', lineOf(xml, m.index));
      } else if (name !== undefined && !["amp", "lt", "gt", "quot", "apos"].includes(name)) {
        this.fail(
          "XML",
          `is not well-formed: unknown entity "&${name};" (use the character itself or &amp;)`,
          lineOf(xml, m.index),
        );
      }
    }
  }

  // ---- the document -------------------------------------------------------------------------

  run(xml) {
    const doc = this.parse(xml);
    if (!doc) return;
    const root = doc.documentElement;
    if (
      !this.check(
        root.localName === "OfficeApp" && root.namespaceURI === NS.app,
        root,
        `must be <OfficeApp xmlns="${NS.app}">, the root of an add-in manifest`,
      )
    ) {
      return;
    }
    this.check(
      xsiType(root) === "TaskPaneApp",
      root,
      `must have xsi:type="TaskPaneApp" (found ${xsiType(root) === undefined ? "none" : `"${xsiType(root)}"`})`,
    );
    this.sequence(root, OFFICE_APP_SEQUENCE, NS.app);

    const get = (name) => firstChild(root, NS.app, name);
    this.checkId(get("Id"));
    this.checkVersion(get("Version"));
    this.checkProvider(get("ProviderName"));
    const defaultLocale = this.checkDefaultLocale(get("DefaultLocale"));
    this.checkLocaleAware(get("DisplayName"), SHORT_MAX, "Override", NS.app, defaultLocale);
    this.checkLocaleAware(get("Description"), LONG_MAX, "Override", NS.app, defaultLocale);
    this.checkIconUrl(get("IconUrl"), 32);
    this.checkIconUrl(get("HighResolutionIconUrl"), 64);
    const support = get("SupportUrl");
    if (support) this.urlSetting(support, NS.app);
    const appDomains = get("AppDomains");
    if (appDomains) {
      for (const d of childrenNamed(appDomains, NS.app, "AppDomain")) this.url(text(d), d, "AppDomain");
    }
    this.checkHosts(get("Hosts"));
    this.checkRequirements(get("Requirements"));
    this.checkDefaultSettings(get("DefaultSettings"));
    this.checkPermissions(get("Permissions"));

    const vo = elementChildren(root).find((e) => e.localName === "VersionOverrides");
    if (vo) this.checkVersionOverrides(vo, defaultLocale);
    else this.fail(root, "has no <VersionOverrides>: add one with the Home-tab button that opens the task pane");

    this.checkTranslations(root);
  }

  checkId(el) {
    if (!el) return;
    const id = text(el);
    if (
      !this.check(GUID_RE.test(id), el, `must be a GUID such as 01234567-89ab-cdef-0123-456789abcdef (found "${id}")`)
    ) {
      return;
    }
    const bare = id.replace(/^urn:uuid:|[{}]/gi, "").toLowerCase();
    const known = TEMPLATE_GUIDS[bare];
    this.check(
      !known,
      el,
      `is ${known}: generate a new GUID for this add-in (node -e "console.log(crypto.randomUUID())") and keep it`,
    );
  }

  checkVersion(el) {
    if (!el) return;
    const v = text(el);
    this.check(VERSION_RE.test(v), el, `must be up to four dot-separated numbers such as 1.0.0.0 (found "${v}")`);
  }

  checkProvider(el) {
    if (!el) return;
    const v = text(el);
    this.check(
      v.length >= 1 && v.length <= SHORT_MAX,
      el,
      `must hold 1 to ${SHORT_MAX} characters (found ${v.length})`,
    );
  }

  checkDefaultLocale(el) {
    if (!el) return undefined;
    const v = text(el);
    this.check(CULTURE_RE.test(v), el, `must be a culture name such as en-US (found "${v}")`);
    return v;
  }

  /** DisplayName/Description and bt:String: DefaultValue and every Override within `max`. */
  checkLocaleAware(el, max, overrideName, ns, defaultLocale) {
    if (!el) return;
    const dv = attr(el, "DefaultValue");
    if (!this.check(dv !== undefined && dv.trim() !== "", el, "needs a non-empty DefaultValue attribute")) return;
    this.check(dv.length <= max, el, `DefaultValue is ${dv.length} characters; shorten it to at most ${max}`);
    this.overrides(el, overrideName, ns, defaultLocale, (value, o) => {
      this.check(value.length <= max, o, `Value is ${value.length} characters; shorten it to at most ${max}`);
    });
  }

  /** Checks the Override children of a locale-aware element; calls `each` on every Value. */
  overrides(el, overrideName, ns, defaultLocale, each) {
    const seen = new Set();
    for (const o of childrenNamed(el, ns, overrideName)) {
      const locale = attr(o, "Locale");
      const value = attr(o, "Value");
      if (
        !this.check(
          locale !== undefined && CULTURE_RE.test(locale),
          o,
          `needs a Locale attribute with a culture name such as es-ES (in ${describe(el)})`,
        )
      ) {
        continue;
      }
      this.check(!seen.has(locale.toLowerCase()), o, `repeats locale ${locale} in ${describe(el)}: keep one`);
      seen.add(locale.toLowerCase());
      if (defaultLocale) {
        this.check(
          locale.toLowerCase() !== defaultLocale.toLowerCase(),
          o,
          `overrides the default locale ${defaultLocale} in ${describe(el)}: change DefaultValue instead`,
        );
      }
      if (
        !this.check(
          value !== undefined && value.trim() !== "",
          o,
          `needs a non-empty Value attribute (in ${describe(el)})`,
        )
      ) {
        continue;
      }
      each(value, o);
    }
  }

  checkIconUrl(el, size) {
    if (
      !this.check(
        !!el,
        "<OfficeApp>",
        `has no <${size === 32 ? "IconUrl" : "HighResolutionIconUrl"}>: add one pointing at assets/icon-${size}.png`,
      )
    ) {
      return;
    }
    this.urlSetting(el, NS.app, size);
  }

  /** A URLLocaleAwareSetting: DefaultValue and Override Values are URLs. */
  urlSetting(el, ns, pixelSize) {
    const dv = attr(el, "DefaultValue");
    if (!this.check(dv !== undefined && dv.trim() !== "", el, "needs a DefaultValue attribute holding an https URL"))
      return;
    this.url(dv, el, "DefaultValue", pixelSize);
    const overrideName = "Override";
    for (const o of childrenNamed(el, ns, overrideName)) {
      const v = attr(o, "Value");
      if (
        this.check(
          v !== undefined && v.trim() !== "",
          o,
          `needs a Value attribute holding an https URL (in ${describe(el)})`,
        )
      ) {
        this.url(v, o, "Value", pixelSize);
      }
    }
  }

  /**
   * One URL: https, absolute; a URL on localhost uses the development origin; one under
   * <dev origin>/assets/ names a file that exists in assets/ (of the given pixel size, if known).
   */
  url(value, el, what, pixelSize) {
    let u;
    try {
      u = new URL(value);
    } catch {
      this.check(false, el, `${what} "${value}" is not an absolute URL: write it as https://...`);
      return;
    }
    if (
      !this.check(
        u.protocol === "https:",
        el,
        `${what} "${value}" must use https: (Office loads add-in pages, icons and links only over https)`,
      )
    ) {
      return;
    }
    if (u.hostname === "localhost" || u.hostname === "127.0.0.1") {
      this.check(
        u.origin === DEV_ORIGIN,
        el,
        `${what} "${value}" must use the development origin ${DEV_ORIGIN}/ like every other URL, so that the production build replaces it`,
      );
    }
    if (u.origin === DEV_ORIGIN && u.pathname.startsWith("/assets/")) {
      const rel = decodeURIComponent(u.pathname.slice(1));
      if (
        !this.check(
          this.options.assetExists(rel),
          el,
          `${what} "${value}" points at ${rel}, which does not exist: add the file (node scripts/make-icons.mjs draws the icons) or fix the URL`,
        )
      ) {
        return;
      }
      if (pixelSize !== undefined && this.options.imageSize) {
        const size = this.options.imageSize(rel);
        if (size) {
          this.check(
            size.width === pixelSize && size.height === pixelSize,
            el,
            `${what} "${value}" is ${size.width}x${size.height} pixels; it must be ${pixelSize}x${pixelSize}`,
          );
        }
      }
    }
  }

  checkHosts(el) {
    if (
      !this.check(
        !!el,
        "<OfficeApp>",
        'has no <Hosts>: add <Hosts><Host Name="Workbook"/></Hosts> after <AppDomains>/<SupportUrl>',
      )
    )
      return;
    this.sequence(el, [["Host", 1, U]], NS.app);
    const names = childrenNamed(el, NS.app, "Host").map((h) => attr(h, "Name"));
    this.check(
      names.includes("Workbook"),
      el,
      `must contain <Host Name="Workbook"/> for Excel (found ${names.length ? names.join(", ") : "none"})`,
    );
  }

  checkRequirements(el) {
    if (
      !this.check(
        !!el,
        "<OfficeApp>",
        `has no <Requirements>: declare <Sets><Set Name="ExcelApi" MinVersion="${MIN_EXCEL_API}"/></Sets> after <Hosts>`,
      )
    ) {
      return;
    }
    this.sequence(
      el,
      [
        ["Sets", 0, 1],
        ["Methods", 0, 1],
      ],
      NS.app,
    );
    const sets = firstChild(el, NS.app, "Sets");
    if (
      !this.check(
        !!sets,
        el,
        `has no <Sets>: add <Sets DefaultMinVersion="1.1"><Set Name="ExcelApi" MinVersion="${MIN_EXCEL_API}"/></Sets>`,
      )
    )
      return;
    const defaultMin = attr(sets, "DefaultMinVersion");
    if (defaultMin !== undefined) {
      this.check(
        SHORT_VERSION_RE.test(defaultMin),
        sets,
        `DefaultMinVersion must be major.minor such as 1.1 (found "${defaultMin}")`,
      );
    }
    const excel = childrenNamed(sets, NS.app, "Set").filter((s) => attr(s, "Name") === "ExcelApi");
    if (
      !this.check(
        excel.length === 1,
        sets,
        `must declare exactly one <Set Name="ExcelApi" MinVersion="${MIN_EXCEL_API}"/> (found ${excel.length})`,
      )
    ) {
      return;
    }
    const set = excel[0];
    const min = attr(set, "MinVersion") !== undefined ? attr(set, "MinVersion") : defaultMin || "1.1";
    if (
      !this.check(
        SHORT_VERSION_RE.test(min),
        set,
        `MinVersion must be major.minor such as ${MIN_EXCEL_API} (found "${min}")`,
      )
    )
      return;
    this.check(
      versionAtLeast(min, MIN_EXCEL_API),
      set,
      `requires ExcelApi ${min}, but the code uses ExcelApi ${MIN_EXCEL_API} (charts, data validation, scoped names): set MinVersion="${MIN_EXCEL_API}" or higher`,
    );
  }

  checkDefaultSettings(el) {
    if (!el) return;
    this.sequence(el, [["SourceLocation", 1, 1]], NS.app);
    const src = firstChild(el, NS.app, "SourceLocation");
    if (src) this.urlSetting(src, NS.app);
  }

  checkPermissions(el) {
    if (!el) return;
    const v = text(el);
    this.check(
      v === REQUIRED_PERMISSION,
      el,
      `must be exactly ${REQUIRED_PERMISSION} (found "${v}"): the add-in reads and writes the open workbook and needs nothing more`,
    );
  }

  // ---- VersionOverrides -------------------------------------------------------------------

  checkVersionOverrides(vo, defaultLocale) {
    if (
      !this.check(
        vo.namespaceURI === NS.ov,
        vo,
        `must be in namespace ${NS.ov}: write <VersionOverrides xmlns="${NS.ov}" xsi:type="VersionOverridesV1_0">`,
      )
    ) {
      return;
    }
    this.check(
      xsiType(vo) === "VersionOverridesV1_0",
      vo,
      `must have xsi:type="VersionOverridesV1_0" (found ${xsiType(vo) === undefined ? "none" : `"${xsiType(vo)}"`})`,
    );
    this.sequence(vo, VERSION_OVERRIDES_SEQUENCE, NS.ov);

    // Order of everything under Hosts, by the XSD's sequences.
    const hosts = firstChild(vo, NS.ov, "Hosts");
    if (hosts) {
      this.ovSequences(hosts);
      const hostTypes = childrenNamed(hosts, NS.ov, "Host").map(xsiType);
      this.check(
        hostTypes.includes("Workbook"),
        hosts,
        `must contain <Host xsi:type="Workbook"> for Excel (found ${hostTypes.join(", ") || "none"})`,
      );
      this.checkControls(hosts);
    }

    const resources = this.collectResources(vo, defaultLocale);
    this.checkResids(vo, resources);
  }

  ovSequences(el) {
    for (const child of [el, ...descendants(el, NS.ov, null)]) {
      const type = xsiType(child);
      const spec = OV_SEQUENCES[`${child.localName}:${type}`] || OV_SEQUENCES[child.localName];
      if (spec) this.sequence(child, spec, NS.ov);
      else if (child.localName === "Control" || child.localName === "Action" || child.localName === "ExtensionPoint") {
        this.check(type !== undefined, child, "needs an xsi:type attribute");
      }
    }
  }

  /** Group and control ids: present, short, unique; icons in the three mandatory sizes. */
  checkControls(hosts) {
    for (const formFactor of descendants(hosts, NS.ov, "DesktopFormFactor")) {
      const seen = new Map();
      for (const el of descendants(formFactor, NS.ov, null)) {
        if (!["Group", "Control", "CustomTab", "Item"].includes(el.localName)) continue;
        const id = attr(el, "id");
        if (
          !this.check(
            id !== undefined && id.length >= 1 && id.length <= SHORT_MAX,
            el,
            `needs an id attribute of 1 to ${SHORT_MAX} characters`,
          )
        )
          continue;
        const before = seen.get(id);
        this.check(
          !before,
          el,
          `id "${id}" is already used by ${before ? describe(before) : ""} on line ${before ? before.lineNumber : ""}: ids must be unique within the form factor`,
        );
        seen.set(id, el);
      }
      for (const tab of descendants(formFactor, NS.ov, "OfficeTab")) {
        const id = attr(tab, "id");
        this.check(!!id, tab, 'needs the id of a built-in tab, such as id="TabHome"');
      }
      for (const pane of descendants(formFactor, NS.ov, "TaskpaneId")) {
        const v = text(pane);
        this.check(v.length >= 1 && v.length <= SHORT_MAX, pane, `must hold 1 to ${SHORT_MAX} characters`);
      }
      for (const icon of descendants(formFactor, NS.ov, "Icon")) {
        const sizes = childrenNamed(icon, NS.bt, "Image").map((i) => Number(attr(i, "size")));
        const missing = ICON_SIZES.filter((s) => !sizes.includes(s));
        this.check(
          missing.length === 0,
          icon,
          `lacks <bt:Image size="${missing.join('"/size="')}" .../> (in ${describe(icon.parentNode)}): every Icon needs sizes ${ICON_SIZES.join(", ")}`,
        );
      }
    }
  }

  /** Resources: order, element kinds, ids (≤ 32 characters, unique), values. */
  collectResources(vo, defaultLocale) {
    const byId = new Map();
    const resources = firstChild(vo, NS.ov, "Resources");
    if (!resources) return byId;
    this.sequence(resources, RESOURCES_SEQUENCE, NS.ov);
    for (const [kind, info] of Object.entries(RESOURCE_KINDS)) {
      const collection = firstChild(resources, NS.bt, kind);
      if (!collection) continue;
      this.sequence(collection, [[`bt:${info.item}`, 0, U]], NS.bt);
      for (const item of childrenNamed(collection, NS.bt, info.item)) {
        const id = attr(item, "id");
        if (!this.check(id !== undefined && id.length >= 1, item, `needs an id attribute (in ${info.collection})`))
          continue;
        this.check(
          id.length <= RESID_MAX,
          item,
          `id "${id}" is ${id.length} characters; resource ids must be at most ${RESID_MAX}`,
        );
        const before = byId.get(id);
        if (
          !this.check(
            !before,
            item,
            `id "${id}" is already defined on line ${before ? before.el.lineNumber : ""}: resource ids must be unique`,
          )
        )
          continue;
        byId.set(id, { kind, el: item });
        this.sequence(item, [["bt:Override", 0, U]], NS.bt);
        if (kind === "Images" || kind === "Urls") {
          this.urlSetting(item, NS.bt);
        } else {
          this.checkLocaleAware(item, info.max, "Override", NS.bt, defaultLocale);
        }
      }
    }
    return byId;
  }

  /** Every resid names a defined resource of the kind its element needs. */
  checkResids(vo, resources) {
    const all = [vo, ...descendants(vo, null, null)].filter((e) => e.hasAttribute("resid"));
    const usedImages = new Map();
    for (const el of all) {
      if (this.nearestVersionOverrides(el) !== vo) continue; // a nested VersionOverrides has its own Resources
      const resid = attr(el, "resid");
      if (
        !this.check(
          resid.length >= 1 && resid.length <= RESID_MAX,
          el,
          `resid "${resid}" must be 1 to ${RESID_MAX} characters`,
        )
      )
        continue;
      const wanted = RESID_KIND[el.localName];
      const found = resources.get(resid);
      const wantedInfo = wanted ? RESOURCE_KINDS[wanted] : undefined;
      if (!found) {
        this.check(
          false,
          el,
          `resid "${resid}" (in ${describe(el.parentNode)}) names no resource: define ` +
            (wantedInfo
              ? `<bt:${wantedInfo.item} id="${resid}" .../> in <${wantedInfo.collection}>`
              : `a resource with id "${resid}"`) +
            " or fix the resid",
        );
        continue;
      }
      if (wanted) {
        this.check(
          found.kind === wanted,
          el,
          `resid "${resid}" names ${RESOURCE_KINDS[found.kind].label} (in <${RESOURCE_KINDS[found.kind].collection}>), ` +
            `but <${el.nodeName}> needs ${wantedInfo.label} from <${wantedInfo.collection}>`,
        );
      } else {
        this.checks++;
      }
      if (el.localName === "Image" && found.kind === "Images") {
        const size = Number(attr(el, "size"));
        if (this.check(Number.isInteger(size) && size > 0, el, 'needs a size attribute such as size="16"')) {
          if (!usedImages.has(resid)) usedImages.set(resid, { size, el });
          const first = usedImages.get(resid);
          this.check(
            first.size === size,
            el,
            `uses image "${resid}" at size ${size}, but line ${first.el.lineNumber} uses it at size ${first.size}: give each size its own image`,
          );
          this.imageResourceSize(found.el, size);
        }
      }
    }
  }

  imageResourceSize(imageEl, size) {
    const dv = attr(imageEl, "DefaultValue");
    if (!dv || !this.options.imageSize) return;
    let u;
    try {
      u = new URL(dv);
    } catch {
      return;
    }
    if (u.origin !== DEV_ORIGIN || !u.pathname.startsWith("/assets/")) return;
    const rel = decodeURIComponent(u.pathname.slice(1));
    if (!this.options.assetExists(rel)) return; // reported with the URL
    const actual = this.options.imageSize(rel);
    if (!actual) return;
    this.check(
      actual.width === size && actual.height === size,
      imageEl,
      `is used as a ${size}px icon but ${rel} is ${actual.width}x${actual.height} pixels: draw it at ${size}x${size}`,
    );
  }

  nearestVersionOverrides(el) {
    for (let n = el; n && n.nodeType === 1; n = n.parentNode) if (n.localName === "VersionOverrides") return n;
    return undefined;
  }

  /**
   * Every user-visible string (DisplayName, Description, bt:String) has an override for every
   * locale that any of them is translated to, so no language sees a mix.
   */
  checkTranslations(root) {
    const items = [
      ...childrenNamed(root, NS.app, "DisplayName").map((el) => ({ el, ns: NS.app })),
      ...childrenNamed(root, NS.app, "Description").map((el) => ({ el, ns: NS.app })),
      ...descendants(root, NS.bt, "String").map((el) => ({ el, ns: NS.bt })),
    ];
    const localesOf = ({ el, ns }) =>
      childrenNamed(el, ns, "Override")
        .map((o) => attr(o, "Locale"))
        .filter((l) => l !== undefined);
    const all = new Map();
    for (const item of items)
      for (const l of localesOf(item)) if (!all.has(l.toLowerCase())) all.set(l.toLowerCase(), l);
    for (const item of items) {
      const have = new Set(localesOf(item).map((l) => l.toLowerCase()));
      for (const [key, locale] of all) {
        this.check(
          have.has(key),
          item.el,
          `has no ${locale} translation: add <${item.ns === NS.bt ? "bt:" : ""}Override Locale="${locale}" Value="..."/> (other strings have one)`,
        );
      }
    }
  }
}

/**
 * Checks a manifest.
 * @param {string} xml the manifest's text
 * @param {{ assetExists: (relativePath: string) => boolean,
 *           imageSize?: (relativePath: string) => ({ width: number, height: number } | undefined) }} options
 *   `assetExists("assets/icon-16.png")` tells whether a project file exists; `imageSize` (optional)
 *   gives an image's pixel size so that icon sizes can be checked.
 * @returns {{ ok: boolean, checks: number, failures: { element: string, line?: number, message: string }[] }}
 */
function validateManifest(xml, options) {
  const checker = new Checker(options || { assetExists: () => true });
  checker.run(xml);
  return { ok: checker.failures.length === 0, checks: checker.checks, failures: checker.failures };
}

/** One line for a failure: "manifest.xml:12: <Permissions> must be exactly ...". */
function formatFailure(failure, file) {
  const where = failure.line !== undefined ? `${file}:${failure.line}` : file;
  return `${where}: ${failure.element} ${failure.message}`;
}

/** Width and height of a PNG from its IHDR chunk, or undefined when the bytes are not a PNG. */
function pngSize(bytes) {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!bytes || bytes.length < 24 || sig.some((b, i) => bytes[i] !== b)) return undefined;
  const u32 = (o) => ((bytes[o] << 24) >>> 0) + (bytes[o + 1] << 16) + (bytes[o + 2] << 8) + bytes[o + 3];
  return { width: u32(16), height: u32(20) };
}

module.exports = {
  validateManifest,
  formatFailure,
  pngSize,
  DEV_ORIGIN,
  TEMPLATE_GUIDS,
  REQUIRED_PERMISSION,
  MIN_EXCEL_API,
};
