/**
 * What the Excel host tells the user when Excel refuses: Office.js error codes
 * (Excel.ErrorCodes, and OfficeExtension's) in plain words, in English and Spanish. The pane
 * never shows Excel's raw error.message. The messages live here, in one table, until the
 * application layer's worded error codes (src/core/text/messages.ts) take them over.
 */
import type { Language } from "../../core/model/records";

type Words = Readonly<Record<Language, string>>;

/** Office.js error codes the host can meet, in plain words. */
export const OFFICE_ERROR_WORDS: Readonly<Record<string, Words>> = {
  AccessDenied: {
    en: "Excel did not allow the change: a sheet or the workbook is protected, or the file is read-only. Remove the protection or open an editable copy, then run again.",
    es: "Excel no permitió el cambio: una hoja o el libro está protegido, o el archivo es de solo lectura. Quite la protección o abra una copia editable y vuelva a ejecutar.",
  },
  InvalidSelection: {
    en: "Excel could not reach this workbook's sheets while another workbook window was in front. Stay on this workbook while ITSM Scorecard runs, then try again.",
    es: "Excel no pudo acceder a las hojas de este libro mientras otra ventana de libro estaba delante. Permanezca en este libro mientras ITSM Scorecard trabaja y vuelva a intentarlo.",
  },
  InvalidOperationInCellEditMode: {
    en: "A cell is being edited. Press Enter or Esc to finish editing, then try again.",
    es: "Se está editando una celda. Pulse Intro o Esc para terminar la edición y vuelva a intentarlo.",
  },
  RequestPayloadSizeLimitExceeded: {
    en: "Excel refused a request as too large. Please report this problem; meanwhile the command line can compute the workbook.",
    es: "Excel rechazó una solicitud por ser demasiado grande. Informe de este problema; mientras tanto, la línea de comandos puede calcular el libro.",
  },
  ResponsePayloadSizeLimitExceeded: {
    en: "Excel refused to send so many cells at once. Please report this problem; meanwhile the command line can compute the workbook.",
    es: "Excel se negó a enviar tantas celdas a la vez. Informe de este problema; mientras tanto, la línea de comandos puede calcular el libro.",
  },
  ItemNotFound: {
    en: "A sheet or table ITSM Scorecard was using was deleted or renamed meanwhile. Try again.",
    es: "Una hoja o tabla que ITSM Scorecard estaba usando se eliminó o cambió de nombre mientras tanto. Vuelva a intentarlo.",
  },
  ItemAlreadyExists: {
    en: "A sheet, table or name ITSM Scorecard wanted to create already exists. Rename it, then try again.",
    es: "Ya existe una hoja, tabla o nombre que ITSM Scorecard quería crear. Cámbiele el nombre y vuelva a intentarlo.",
  },
  ApiNotFound: {
    en: "This version of Excel lacks a feature ITSM Scorecard needs (ExcelApi 1.9: Microsoft 365, Excel 2021 or later, or Excel on the web).",
    es: "Esta versión de Excel no tiene una función que ITSM Scorecard necesita (ExcelApi 1.9: Microsoft 365, Excel 2021 o posterior, o Excel para la web).",
  },
  ActivityLimitReached: {
    en: "Excel is busy with too many requests. Wait a moment, then try again.",
    es: "Excel está ocupado con demasiadas solicitudes. Espere un momento y vuelva a intentarlo.",
  },
  InvalidOrTimedOutSession: {
    en: "The connection to the workbook was lost. Reload the add-in, then try again.",
    es: "Se perdió la conexión con el libro. Vuelva a cargar el complemento y vuelva a intentarlo.",
  },
  WriteNotSupportedWhenModalDialogOpen: {
    en: "A dialog is open in Excel. Close it, then try again.",
    es: "Hay un cuadro de diálogo abierto en Excel. Ciérrelo y vuelva a intentarlo.",
  },
};

const UNKNOWN: Words = {
  en: "Excel could not complete the operation. Try again; if it fails again, please report it.",
  es: "Excel no pudo completar la operación. Vuelva a intentarlo; si vuelve a fallar, informe del problema.",
};

/** An error of Excel's, in plain words: `message` is English; `words` has both languages. */
export class ExcelOperationError extends Error {
  override readonly name = "ExcelOperationError";
  constructor(
    /** Office.js's code ("AccessDenied", ...), kept for support. */
    readonly code: string,
    readonly words: Words,
  ) {
    super(words.en);
  }
  text(language: Language): string {
    return this.words[language];
  }
}

/** A sheet the host must write is protected: nothing is written. */
export class SheetProtectedError extends ExcelOperationError {
  override readonly name = "ExcelOperationError";
  constructor(readonly sheetName: string) {
    super("SheetProtected", {
      en: `The sheet "${sheetName}" is protected. ITSM Scorecard wrote nothing: unprotect the sheet (Review > Unprotect Sheet), then run again.`,
      es: `La hoja "${sheetName}" está protegida. ITSM Scorecard no escribió nada: desproteja la hoja (Revisar > Desproteger hoja) y vuelva a ejecutar.`,
    });
  }
}

/** The workbook's structure is protected and the host must add or rename a sheet: nothing is written. */
export class WorkbookProtectedError extends ExcelOperationError {
  override readonly name = "ExcelOperationError";
  constructor(readonly sheetName: string) {
    super("WorkbookProtected", {
      en: `The workbook's structure is protected, so the sheet "${sheetName}" cannot be added. ITSM Scorecard wrote nothing: unprotect the workbook (Review > Protect Workbook), then run again.`,
      es: `La estructura del libro está protegida, así que no se puede agregar la hoja "${sheetName}". ITSM Scorecard no escribió nada: desproteja el libro (Revisar > Proteger libro) y vuelva a ejecutar.`,
    });
  }
}

/** Office.js's code of a thrown error, if it is one of Office's (OfficeExtension.Error has `code`). */
export function officeErrorCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && code !== "" ? code : null;
}

/**
 * Errors of Office.js (OfficeExtension.Error: a name of "RichApi.Error" and a code) as
 * ExcelOperationError, in plain words, never Excel's message; anything else passes through unchanged.
 */
export function plainExcelError(error: unknown): unknown {
  if (error instanceof ExcelOperationError) return error;
  const code = officeErrorCode(error);
  // Not instanceof Error: the client may come from another realm (an iframe, or jsdom in the tests).
  if (code === null || (error as { name?: unknown }).name !== "RichApi.Error") return error;
  return new ExcelOperationError(code, OFFICE_ERROR_WORDS[code] ?? UNKNOWN);
}
