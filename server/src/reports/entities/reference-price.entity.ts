import type { Decimal } from 'decimal.js';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { MoneyColumn } from '../../common/money/money-column.js';

/** A price of one of our products at another unit or organization in a year (make-or-buy comparisons). */
@Entity('reference_prices')
@Unique(['source', 'year', 'productCode'])
@Check('ck_reference_prices_source', "btrim(source) <> ''")
@Check('ck_reference_prices_year', 'year BETWEEN 1900 AND 2999')
@Check('ck_reference_prices_price', 'price >= 0')
@Index(['year', 'productCode'])
export class ReferencePrice {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The organization or unit the price is from, e.g. "Kuopio" or "Naapurikunnan lastensuojelu". */
  @Column({ type: 'text' })
  source: string;

  @Column({ type: 'integer' })
  year: number;

  /** Our product code the price is for (checked against the catalog when saved). */
  @Column({ type: 'text' })
  productCode: string;

  /** Euros per client service hour. */
  @MoneyColumn()
  price: Decimal;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** The CSV import the row came from (one id per imported file); null when entered by hand. */
  @Column({ type: 'uuid', nullable: true })
  importBatchId: string | null;

  @Column({ type: 'text' })
  author: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
