/**
 * Errors the file host raises. Their messages are shown to the user as they are,
 * so each is one plain-language line that says what is wrong and what to do.
 */

/** The file cannot be used as an .xlsx workbook (not a zip, damaged, too large, unsupported). */
export class WorkbookFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookFileError";
  }
}

/** A result sheet would overwrite a sheet of the same name that this program did not create. */
export class SheetOwnershipError extends WorkbookFileError {
  readonly sheetName: string;

  constructor(sheetName: string, existingName: string = sheetName) {
    super(
      `The workbook already has a sheet named "${existingName}" that was not created by this program; ` +
        `rename or delete that sheet and run again.`,
    );
    this.name = "SheetOwnershipError";
    this.sheetName = sheetName;
  }
}
