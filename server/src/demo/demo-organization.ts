import type { AllocationKeyInput, AllocationMethod } from '../costing/domain/costing-case.js';

// The demo organization: the social work of a mid-sized Finnish city, costed on the City of
// Jyväskylä's real 2011 ledger. Every assumption is explained in docs/demo-data.md.

export interface DemoRegion {
  code: string;
  name: string;
}

export interface DemoStaff {
  profession: string;
  count: number;
  fte: number;
}

export interface DemoProductionCenter {
  code: string;
  name: string;
  area: string;
  region: string;
  /** The real ledger unit whose costs this center's share comes from. */
  ledgerUnit: string;
  staff: DemoStaff[];
  /** Share of the center's client work per product, in percent. */
  productMix: Record<string, number>;
  /** Clients the center has in a year (pool the generator draws from). */
  clients: number;
}

export interface DemoSupportCenter {
  code: string;
  name: string;
}

/** Practical capacity of one FTE: 1 600 paid net hours less 20 % (training, meetings, admin). */
export const PRACTICAL_HOURS_PER_FTE = 1280;
/** Net annual working hours of one FTE (paid time: 38.25 h a week after holidays). */
export const NET_HOURS_PER_FTE = 1600;

export const regions: DemoRegion[] = [
  { code: 'POHJOINEN', name: 'Pohjoinen' },
  { code: 'KESKUSTA', name: 'Keskusta' },
  { code: 'ETELA', name: 'Etelä' },
];

const SW = 'sosiaalityöntekijä';
const SO = 'sosiaaliohjaaja';
const PT = 'perhetyöntekijä';
const EK = 'etuuskäsittelijä';
const KO = 'kotoutumisohjaaja';
const MR350 = '1111MR350.11';
const MR340 = '1111MR340.11';

export const productionCenters: DemoProductionCenter[] = [
  {
    code: 'LS-VASTAANOTTO',
    name: 'Lastensuojelun vastaanotto- ja arviointitiimi',
    area: 'LS',
    region: 'KESKUSTA',
    ledgerUnit: MR350,
    staff: [
      { profession: SW, count: 6, fte: 1 },
      { profession: SO, count: 3, fte: 1 },
    ],
    productMix: { 'LS-ARVIOINTI': 80, 'LS-AVO': 10, 'LS-MUU': 10 },
    clients: 520,
  },
  {
    code: 'LS-AVO-POHJOINEN',
    name: 'Lastensuojelun avohuolto, pohjoinen',
    area: 'LS',
    region: 'POHJOINEN',
    ledgerUnit: MR350,
    staff: [
      { profession: SW, count: 4, fte: 1 },
      { profession: SO, count: 3, fte: 1 },
      { profession: PT, count: 1, fte: 1 },
    ],
    productMix: { 'LS-AVO': 78, 'LS-SIJAIS': 5, 'LS-MUU': 5, TOIMEENTULO: 12 },
    clients: 260,
  },
  {
    code: 'LS-AVO-ETELA',
    name: 'Lastensuojelun avohuolto, etelä',
    area: 'LS',
    region: 'ETELA',
    ledgerUnit: MR350,
    staff: [
      { profession: SW, count: 4, fte: 1 },
      { profession: SO, count: 3, fte: 1 },
      { profession: PT, count: 2, fte: 0.5 },
    ],
    productMix: { 'LS-AVO': 80, 'LS-SIJAIS': 4, 'LS-MUU': 6, TOIMEENTULO: 10 },
    clients: 250,
  },
  {
    code: 'LS-SIJAISHUOLTO',
    name: 'Sijaishuollon tiimi',
    area: 'LS',
    region: 'KESKUSTA',
    ledgerUnit: MR350,
    staff: [
      { profession: SW, count: 4, fte: 1 },
      { profession: SO, count: 2, fte: 1 },
    ],
    productMix: { 'LS-SIJAIS': 85, 'LS-JALKI': 10, 'LS-AVO': 5 },
    clients: 190,
  },
  {
    code: 'LS-JALKIHUOLTO',
    name: 'Jälkihuollon tiimi',
    area: 'LS',
    region: 'KESKUSTA',
    ledgerUnit: MR350,
    staff: [
      { profession: SW, count: 2, fte: 1 },
      { profession: SO, count: 2, fte: 1 },
    ],
    productMix: { 'LS-JALKI': 85, TOIMEENTULO: 10, AIKUISSOS: 5 },
    clients: 140,
  },
  {
    code: 'PERHETYO',
    name: 'Perhetyö',
    area: 'LS',
    region: 'POHJOINEN',
    ledgerUnit: MR350,
    staff: [
      { profession: PT, count: 5, fte: 1 },
      { profession: SO, count: 2, fte: 0.5 },
    ],
    productMix: { 'LS-MUU': 60, 'LS-AVO': 35, 'LS-ARVIOINTI': 5 },
    clients: 150,
  },
  {
    code: 'TOIMEENTULOTUKI',
    name: 'Toimeentulotukitiimi',
    area: 'NTP',
    region: 'KESKUSTA',
    ledgerUnit: MR350,
    staff: [
      { profession: EK, count: 7, fte: 1 },
      { profession: SO, count: 2, fte: 1 },
      { profession: SW, count: 1, fte: 1 },
    ],
    productMix: { TOIMEENTULO: 90, AIKUISSOS: 10 },
    clients: 2400,
  },
  {
    code: 'AIKUISSOSIAALITYO',
    name: 'Aikuissosiaalityö',
    area: 'NTP',
    region: 'ETELA',
    ledgerUnit: MR350,
    staff: [
      { profession: SW, count: 5, fte: 1 },
      { profession: SO, count: 3, fte: 1 },
    ],
    productMix: { AIKUISSOS: 75, TOIMEENTULO: 20, MAAHANMUUTTO: 5 },
    clients: 420,
  },
  {
    code: 'MAAHANMUUTTOTOIMISTO',
    name: 'Maahanmuuttajatoimisto',
    area: 'NTP',
    region: 'KESKUSTA',
    ledgerUnit: MR350,
    staff: [
      { profession: SW, count: 2, fte: 1 },
      { profession: SO, count: 2, fte: 1 },
      { profession: KO, count: 1, fte: 1 },
    ],
    productMix: { MAAHANMUUTTO: 80, TOIMEENTULO: 15, 'LS-AVO': 5 },
    clients: 230,
  },
  {
    code: 'VAVA-SOSIAALITYO',
    name: 'Vanhus- ja vammaissosiaalityö',
    area: 'VAVA',
    region: 'POHJOINEN',
    ledgerUnit: MR340,
    staff: [
      { profession: SW, count: 4, fte: 1 },
      { profession: SO, count: 2, fte: 1 },
    ],
    productMix: { VANHUSVAMMAIS: 95, AIKUISSOS: 5 },
    clients: 480,
  },
];

export const supportCenters: DemoSupportCenter[] = [
  { code: 'TILAT', name: 'Toimitilat' },
  { code: 'HALLINTO', name: 'Hallinto ja johto' },
  { code: 'ATK', name: 'Tietohallinto- ja toimistopalvelut' },
  { code: 'ASIANTUNTIJAT', name: 'Asiantuntijapalvelut (juristi, psykologi)' },
];

export function centerFte(center: DemoProductionCenter): number {
  return center.staff.reduce((sum, s) => sum + s.count * s.fte, 0);
}

export const ALLOCATION_METHOD: AllocationMethod = 'step_down';
export const STEP_ORDER = ['TILAT', 'HALLINTO', 'ATK', 'ASIANTUNTIJAT'];

/** Office space in m² (about 14 m² per FTE plus shared rooms), consultation hours of experts in 2010. */
export const allocationKeys: (AllocationKeyInput & { code: string; name: string })[] = [
  {
    code: 'TILAT-M2',
    name: 'Toimitilat: huoneistoala m²',
    from: 'TILAT',
    description: 'Office space in m² per center (2011 premises register of the demo organization)',
    shares: {
      HALLINTO: '60',
      ATK: '25',
      ASIANTUNTIJAT: '30',
      'LS-VASTAANOTTO': '140',
      'LS-AVO-POHJOINEN': '118',
      'LS-AVO-ETELA': '122',
      'LS-SIJAISHUOLTO': '86',
      'LS-JALKIHUOLTO': '58',
      PERHETYO: '70',
      TOIMEENTULOTUKI: '150',
      AIKUISSOSIAALITYO: '115',
      MAAHANMUUTTOTOIMISTO: '92',
      'VAVA-SOSIAALITYO': '86',
    },
  },
  {
    code: 'HALLINTO-HTV',
    name: 'Hallinto: henkilötyövuodet',
    from: 'HALLINTO',
    description: 'Administration and management by FTE of the centers',
    basis: 'fte',
  },
  {
    code: 'ATK-HTV',
    name: 'Tietohallinto: henkilötyövuodet',
    from: 'ATK',
    description: 'IT and office services by FTE (one workstation per person)',
    basis: 'fte',
  },
  {
    code: 'ASIANTUNTIJAT-KONSULTAATIO',
    name: 'Asiantuntijapalvelut: konsultaatiotunnit',
    from: 'ASIANTUNTIJAT',
    description: 'Lawyer and psychologist consultation hours used by each center in 2010',
    shares: {
      'LS-VASTAANOTTO': '120',
      'LS-AVO-POHJOINEN': '90',
      'LS-AVO-ETELA': '90',
      'LS-SIJAISHUOLTO': '110',
      'LS-JALKIHUOLTO': '30',
      PERHETYO: '20',
      TOIMEENTULOTUKI: '10',
      AIKUISSOSIAALITYO: '40',
      MAAHANMUUTTOTOIMISTO: '30',
      'VAVA-SOSIAALITYO': '30',
    },
  },
];
