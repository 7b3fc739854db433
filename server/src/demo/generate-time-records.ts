import { randomInt, seededRandom } from '../common/random.js';
import { productionCenters, regions, type DemoProductionCenter } from './demo-organization.js';
import { workingDays } from './finnish-calendar.js';

// A deterministic (seeded) generator of realistic client-work records, written in the client
// information system's export format (`effica-time-v1`), so the demo loads through the real importer.
// Assumptions (utilization, contact lengths, municipalities, …) are documented in docs/demo-data.md.

export interface DemoWorker {
  code: string;
  profession: string;
  fte: number;
  costCenter: string;
  region: string;
}

export interface GeneratorOptions {
  year: number;
  seed?: number;
  /** Copies of the organization's staff (1 = about 70 FTE, 65 000 client hours). */
  scale?: number;
}

const WORKDAY_MINUTES = 435; // 7 h 15 min
const DIRECT_PROBABILITY = 0.45; // longer direct contacts make this about 60 % of minutes
const NEIGHBOURS = ['410', '500', '992', '729', '291', '182', '249'];
const HOME = '179'; // Jyväskylä

export const EFFICA_HEADER =
  'Pvm;Työntekijä;Kustannuspaikka;Alue;Asiakas;Kotikunta;Palvelutuote;Kesto min;Työn laji;Asiakasryhmä';

export function demoWorkers(scale = 1): DemoWorker[] {
  const workers: DemoWorker[] = [];
  for (let copy = 0; copy < scale; copy++) {
    for (const center of productionCenters) {
      for (const staff of center.staff) {
        for (let i = 0; i < staff.count; i++) {
          const code = `T${String(workers.length + 1).padStart(4, '0')}`;
          workers.push({
            code,
            profession: staff.profession,
            fte: staff.fte,
            costCenter: center.code,
            region: center.region,
          });
        }
      }
    }
  }
  return workers;
}

interface Client {
  ref: string;
  homeMunicipality: string;
  immigrant: boolean;
}

/** Each center's clients per product: stable numbers, home municipalities and client groups. */
function clientPools(random: () => number, copies: number): Map<string, Client[]> {
  const pools = new Map<string, Client[]>();
  let next = 400000;
  for (let copy = 0; copy < copies; copy++) {
    for (const center of productionCenters) {
      for (const [product, percent] of Object.entries(center.productMix)) {
        const size = Math.max(5, Math.round((center.clients * percent) / 100));
        const immigrantShare = product === 'MAAHANMUUTTO' ? 0.9 : 0.05;
        const clients = Array.from({ length: size }, () => ({
          ref: String(next++),
          homeMunicipality: random() < 0.93 ? HOME : NEIGHBOURS[randomInt(random, 0, NEIGHBOURS.length - 1)],
          immigrant: random() < immigrantShare,
        }));
        pools.set(`${copy}/${center.code}/${product}`, clients);
      }
    }
  }
  return pools;
}

function absences(random: () => number, days: { date: string; month: number }[]): Set<string> {
  const summer = days.filter((d) => d.month >= 6 && d.month <= 8);
  const start = randomInt(random, 0, Math.max(0, summer.length - 21));
  const winter = days.filter((d) => d.month === 2 || d.month === 3 || d.month === 10);
  const winterStart = randomInt(random, 0, Math.max(0, winter.length - 6));
  const away = new Set(
    [...summer.slice(start, start + 20), ...winter.slice(winterStart, winterStart + 5)].map((d) => d.date),
  );
  for (const day of days) if (random() < 0.03) away.add(day.date); // sick days
  return away;
}

function pickProduct(random: () => number, mix: Record<string, number>): string {
  let roll = random() * 100;
  for (const [product, percent] of Object.entries(mix)) {
    roll -= percent;
    if (roll < 0) return product;
  }
  return Object.keys(mix)[0];
}

function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${Number(day)}.${Number(month)}.${year}`;
}

/** Yields CSV lines (without line ends), the header first. */
export function* generateTimeRecordLines(options: GeneratorOptions): Generator<string> {
  const random = seededRandom(options.seed ?? options.year);
  const scale = options.scale ?? 1;
  const days = workingDays(options.year);
  const pools = clientPools(random, scale);
  const centers = new Map(productionCenters.map((c) => [c.code, c]));
  const regionNames = new Map(regions.map((r) => [r.code, r.name]));
  const perCopy = demoWorkers(1).length;
  yield EFFICA_HEADER;
  for (const [index, worker] of demoWorkers(scale).entries()) {
    const center = centers.get(worker.costCenter) as DemoProductionCenter;
    const copy = Math.floor(index / perCopy);
    const away = absences(random, days);
    for (const day of days) {
      if (away.has(day.date)) continue;
      let minutes = Math.round(worker.fte * WORKDAY_MINUTES * (0.42 + 0.33 * random()));
      while (minutes >= 10) {
        const direct = random() < DIRECT_PROBABILITY;
        const length = Math.min(minutes, 5 * (direct ? randomInt(random, 6, 16) : randomInt(random, 2, 10)));
        minutes -= length;
        const product = pickProduct(random, center.productMix);
        const pool = pools.get(`${copy}/${center.code}/${product}`) ?? [];
        const client = pool[Math.floor(pool.length * random() * random())];
        yield [
          formatDate(day.date),
          worker.code,
          center.code,
          regionNames.get(center.region) ?? '',
          client.ref,
          client.homeMunicipality,
          product,
          String(length),
          direct ? 'välitön' : 'välillinen',
          client.immigrant ? 'maahanmuuttaja' : '',
        ].join(';');
      }
    }
  }
}
