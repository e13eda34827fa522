/** Types of manifest-checks.cjs (the offline manifest checks), for TypeScript callers such as the tests. */
// @ts-nocheck


export interface ManifestFailure {
  /** The element at fault, as `<bt:String id="X">`, or "XML" for a well-formedness error. */
  element: string;
  /** 1-based line in the manifest, when known. */
  line?: number;
  /** What is wrong and how to fix it. */
  message: string;
}

export interface ManifestCheckResult {
  ok: boolean;
  /** How many individual checks ran. */
  checks: number;
  failures: ManifestFailure[];
}

export interface ManifestCheckOptions {
  /** Whether a project file exists, given its path relative to the manifest's folder ("assets/icon-16.png"). */
  assetExists: (relativePath: string) => boolean;
  /** An image's pixel size, if known; enables the icon-size checks. */
  imageSize?: (relativePath: string) => { width: number; height: number } | undefined;
}

export function validateManifest(xml: string, options?: ManifestCheckOptions): ManifestCheckResult;
/** One line: "manifest.xml:12: <Permissions> must be exactly ...". */
export function formatFailure(failure: ManifestFailure, file: string): string;
/** Width and height of a PNG from its header, or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined;

export const DEV_ORIGIN: string;
export const TEMPLATE_GUIDS: Record<string, string>;
export const REQUIRED_PERMISSION: string;
export const MIN_EXCEL_API: string;
