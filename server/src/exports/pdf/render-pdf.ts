import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// pdfmake 0.3 on the server, typed to the few calls used here. The fonts are read once into pdfmake's
// virtual file system, and every other file and URL access is refused: a document never reaches outside.

/** pdfmake's document definition (https://pdfmake.github.io/docs/): plain data. */
export type PdfDocument = Record<string, unknown>;

interface PdfMake {
  virtualfs: { writeFileSync(name: string, content: Buffer): void };
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(document: PdfDocument): { getBuffer(): Promise<Buffer> };
}

const require = createRequire(import.meta.url);
let pdfmake: PdfMake | undefined;

function loadPdfMake(): PdfMake {
  if (pdfmake) return pdfmake;
  const instance = require('pdfmake') as PdfMake;
  const fonts = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
  const font = (file: string) => {
    instance.virtualfs.writeFileSync(file, readFileSync(join(fonts, file)));
    return file;
  };
  instance.setFonts({
    Roboto: {
      normal: font('Roboto-Regular.ttf'),
      bold: font('Roboto-Medium.ttf'),
      italics: font('Roboto-Italic.ttf'),
      bolditalics: font('Roboto-MediumItalic.ttf'),
    },
  });
  instance.setUrlAccessPolicy(() => false);
  instance.setLocalAccessPolicy(() => false);
  pdfmake = instance;
  return instance;
}

export function renderPdf(document: PdfDocument): Promise<Buffer> {
  return loadPdfMake().createPdf(document).getBuffer();
}
