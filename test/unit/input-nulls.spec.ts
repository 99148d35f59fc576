import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validate } from 'class-validator';
import * as adminInputs from '../../apps/gateway/src/admin/admin.inputs';
import * as staffBookingInputs from '../../apps/gateway/src/admin/staff-booking.inputs';
import * as apiKeyInputs from '../../apps/gateway/src/api-keys/api-key.dto';
import * as availabilityInputs from '../../apps/gateway/src/availability/availability.dto';
import * as bookingInputs from '../../apps/gateway/src/bookings/booking.inputs';
import * as manageInputs from '../../apps/gateway/src/manage/manage.inputs';
import * as setupDocumentInputs from '../../apps/gateway/src/setup/setup-document.inputs';
import * as setupInputs from '../../apps/gateway/src/setup/setup.inputs';
import * as webhookInputs from '../../apps/gateway/src/webhooks/webhook.inputs';

type Constructor = new () => object;

/** @nestjs/swagger's metadata key for ApiProperty options (not exported by the package). */
const API_MODEL_PROPERTIES = 'swagger/apiModelProperties';

/**
 * `{"field": null}` on any field the API does not document as nullable is a 400 naming the field,
 * never a null that reaches a NOT NULL column (a 500 and, worse, a half-applied change).
 */
describe('input fields and null', () => {
  const modules = [
    adminInputs,
    staffBookingInputs,
    apiKeyInputs,
    availabilityInputs,
    bookingInputs,
    manageInputs,
    setupDocumentInputs,
    setupInputs,
    webhookInputs,
  ];
  const storage = getMetadataStorage();
  const cases = modules
    .flatMap((m) => Object.values(m))
    .filter((value): value is Constructor => typeof value === 'function')
    .flatMap((target) => {
      const properties = new Set(
        storage.getTargetValidationMetadatas(target, '', true, false).map((meta) => meta.propertyName),
      );
      return [...properties].map((property) => ({ target, property }));
    })
    .map(({ target, property }) => {
      const documented = Reflect.getMetadata(API_MODEL_PROPERTIES, target.prototype, property) as
        { nullable?: boolean } | undefined;
      return { target, property, nullable: documented?.nullable === true };
    });
  const refusing = cases.filter((c) => !c.nullable);
  const clearing = cases.filter((c) => c.nullable);
  const errorsOf = async (target: Constructor, property: string) =>
    (
      await validate(plainToInstance(target, { [property]: null }), {
        whitelist: true,
        forbidNonWhitelisted: true,
      })
    ).map((e) => e.property);

  it('covers the input classes', () => {
    expect(refusing.length).toBeGreaterThan(100);
    expect(clearing.length).toBeGreaterThan(5);
  });

  it.each(refusing.map((c) => [`${c.target.name}.${c.property}`, c] as const))(
    '%s refuses null',
    async (_name, { target, property }) => {
      expect(await errorsOf(target, property)).toContain(property);
    },
  );

  // Documented nullable: null means "clear it" (or "every period"), and the setup export writes
  // it, so refusing it broke the import of the demo restaurant's document.
  it.each(clearing.map((c) => [`${c.target.name}.${c.property}`, c] as const))(
    '%s accepts null',
    async (_name, { target, property }) => {
      expect(await errorsOf(target, property)).not.toContain(property);
    },
  );
});
