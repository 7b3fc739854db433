import { finnishDate, finnishDecimal } from '../finnish-format.js';
import type { PdfDocument } from './render-pdf.js';

/** What the agreement appendix shows: the price list of one run, and how to verify it. */
export interface PriceListAppendix {
  organization: string;
  year: number;
  validFrom: string;
  costVersion: string;
  scenario: string;
  method: string;
  runId: string;
  /** The run's status today; issue 4 adds the price list's own status (draft, locked). */
  status: string;
  inputHash: string | null;
  outputHash: string | null;
  engineVersion: string;
  calculatedAt: string | null;
  items: { productCode: string; name: string | null; unit: string | null; pricePerHour: string | null }[];
  /** Approvals of the price list (issue 4); when absent the appendix says it is not yet approved. */
  approvals?: { role: string; name: string; date: string }[];
}

const METHODS: Record<string, string> = {
  direct: 'suora vyörytys',
  step_down: 'porrastettu vyörytys',
  reciprocal: 'vastavuoroinen vyörytys',
};

/** pdfmake's document definition for a price list as an appendix of the service agreement. */
export function priceListDocument(appendix: PriceListAppendix): PdfDocument {
  return {
    // Metadata a program can read without rendering: the run and its output hash.
    info: {
      title: `Hinnasto ${appendix.year}, laskenta-ajo ${appendix.runId}`,
      subject: `Tuloksen tiiviste ${appendix.outputHash ?? '-'}`,
      author: appendix.organization,
    },
    pageSize: 'A4',
    pageMargins: [50, 60, 50, 60],
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    footer: (page: number, pages: number) => ({
      text: `${appendix.organization} · Hinnasto ${appendix.year} · sivu ${page}/${pages}`,
      alignment: 'center',
      fontSize: 8,
      color: '#555555',
    }),
    content: [
      { text: 'Palvelusopimuksen liite: hinnasto', fontSize: 9, color: '#555555' },
      {
        text: `${appendix.organization}: palvelutuotteiden hinnat ${appendix.year}`,
        fontSize: 16,
        bold: true,
      },
      { text: ' ' },
      factsTable(appendix),
      { text: 'Palvelutuotteet', fontSize: 12, bold: true, margin: [0, 16, 0, 6] },
      productsTable(appendix),
      approvalsSection(appendix),
      verification(appendix),
    ],
  };
}

function factsTable(a: PriceListAppendix) {
  const facts: [string, string][] = [
    ['Organisaatio', a.organization],
    ['Sopimusvuosi', String(a.year)],
    ['Voimassa alkaen', finnishDate(a.validFrom)],
    ['Kustannusversio', `${a.costVersion} (skenaario ${a.scenario})`],
    ['Vyörytysmenetelmä', METHODS[a.method] ?? a.method],
    ['Tila', a.status],
    ['Laskenta-ajo', a.runId],
    ['Laskettu', a.calculatedAt ?? '–'],
  ];
  return {
    layout: 'noBorders',
    table: { widths: [110, '*'], body: facts.map(([k, v]) => [{ text: k, bold: true }, v]) },
  };
}

function productsTable(a: PriceListAppendix) {
  const header = ['Tuote', 'Nimi', 'Suoriteyksikkö', 'Hinta €/h'].map((text) => ({ text, bold: true }));
  const rows = a.items.map((item) => [
    item.productCode,
    item.name ?? '',
    item.unit ?? '',
    { text: item.pricePerHour === null ? '–' : finnishDecimal(item.pricePerHour), alignment: 'right' },
  ]);
  return {
    layout: 'lightHorizontalLines',
    table: { headerRows: 1, widths: [70, '*', 110, 60], body: [header, ...rows] },
  };
}

function approvalsSection(a: PriceListAppendix) {
  const title = { text: 'Hyväksynnät', fontSize: 12, bold: true, margin: [0, 16, 0, 6] };
  if (!a.approvals?.length) {
    return [
      title,
      { text: 'Hinnastoa ei ole vielä hyväksytty eikä lukittu: tämä on luonnos.', italics: true },
    ];
  }
  const rows = a.approvals.map((x) => [x.role, x.name, finnishDate(x.date)]);
  return [title, { layout: 'lightHorizontalLines', table: { widths: [110, '*', 80], body: rows } }];
}

function verification(a: PriceListAppendix) {
  return [
    { text: 'Tarkistettavuus', fontSize: 12, bold: true, margin: [0, 16, 0, 6] },
    {
      text:
        'Hinnat on laskettu laskenta-ajossa, jonka syötteen ja tuloksen SHA-256-tiivisteet ovat alla. ' +
        'Ajon syöte (GET /api/v1/runs/<ajo>/input) laskettuna uudelleen (costing calc) antaa saman ' +
        'tulostiivisteen.',
      fontSize: 9,
    },
    {
      layout: 'noBorders',
      margin: [0, 6, 0, 0],
      table: {
        widths: [110, '*'],
        body: [
          ['Syötteen tiiviste', { text: a.inputHash ?? '–', fontSize: 8 }],
          ['Tuloksen tiiviste', { text: a.outputHash ?? '–', fontSize: 8 }],
          ['Laskentamoottori', a.engineVersion],
        ],
      },
    },
  ];
}
