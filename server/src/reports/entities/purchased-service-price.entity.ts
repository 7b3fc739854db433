import type { Decimal } from 'decimal.js';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { MoneyColumn } from '../../common/money/money-column.js';

/** What a supplier charges per hour for a service like one of our products in a year (make or buy). */
@Entity('purchased_service_prices')
@Unique(['productCode', 'year', 'supplier'])
@Check('ck_purchased_service_prices_supplier', "btrim(supplier) <> ''")
@Check('ck_purchased_service_prices_year', 'year BETWEEN 1900 AND 2999')
@Check('ck_purchased_service_prices_price', 'price_per_hour >= 0')
export class PurchasedServicePrice {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  productCode: string;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'text' })
  supplier: string;

  @MoneyColumn()
  pricePerHour: Decimal;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'text' })
  author: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
