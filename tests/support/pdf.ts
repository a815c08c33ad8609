/** Printing a page to PDF with Chromium and reading the PDF back: its page count and its text. */
import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';

/** A printed page as PDF pages and text (whitespace runs made single spaces, so wrapped lines still match). */
export interface PrintedPdf {
  pages: number;
  text: string;
}

/** Prints the open page on `format` paper (Chromium's print, as a person would) and reads the PDF back with unpdf. */
export async function printToPdf(page: Page, format: 'A5' | 'A4'): Promise<PrintedPdf> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format, printBackground: false });
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { totalPages, text } = await extractText(document, { mergePages: true });
  return { pages: totalPages, text: text.replace(/\s+/g, ' ') };
}
