/**
 * Compile-time proof that Office.js's Excel objects fit the slice in excelApi.ts:
 * if Office changes a signature the host relies on, this file stops compiling.
 * It emits no code that runs.
 */
// @ts-nocheck

/// <reference types="office-js" />
import type { ExcelChart, ExcelRange, ExcelRequestContext, ExcelWorksheet } from "./excelApi";

type Fits<Actual, Slice> = Actual extends Slice ? true : never;

export const excelApiConformance: [
  Fits<Excel.RequestContext, ExcelRequestContext>,
  Fits<Excel.Worksheet, ExcelWorksheet>,
  Fits<Excel.Range, ExcelRange>,
  Fits<Excel.Chart, ExcelChart>,
] = [true, true, true, true];
