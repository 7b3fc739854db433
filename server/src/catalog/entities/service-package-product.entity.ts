import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ServicePackage } from './service-package.entity.js';
import { ServiceProduct } from './service-product.entity.js';

/** A product's membership in a package. Deleting a package removes its memberships, not its products. */
@Entity('service_package_products')
@Index(['productId'])
export class ServicePackageProduct {
  @PrimaryColumn({ type: 'uuid' })
  packageId: string;

  @PrimaryColumn({ type: 'uuid' })
  productId: string;

  @ManyToOne(() => ServicePackage, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'package_id' })
  servicePackage: Relation<ServicePackage>;

  @ManyToOne(() => ServiceProduct, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'product_id' })
  product: Relation<ServiceProduct>;
}
