import {
  Body,
  Controller,
  Headers,
  HttpCode,
  Inject,
  Post,
  UseGuards,
  applyDecorators,
} from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Payload } from '@temporalio/common';
import type { AppConfig } from '@tablekeeper/config';
import {
  AesGcmPayloadCodec,
  CodecRequestError,
  PayloadDecryptionError,
  payloadsFromJson,
  payloadsToJson,
  type JsonPayload,
} from '@tablekeeper/payload-codec';
import { Public } from '../auth/principal';
import { ApiProblems } from '../common/api-problems.decorator';
import { ProblemException, fieldProblem } from '../common/problem';
import { APP_CONFIG } from '../infrastructure/tokens';
import { CodecAuthGuard } from './codec-auth.guard';

const PAYLOADS_SCHEMA = {
  type: 'object',
  required: ['payloads'],
  properties: {
    payloads: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          metadata: { type: 'object', additionalProperties: { type: 'string', format: 'byte' } },
          data: { type: 'string', format: 'byte' },
        },
      },
    },
  },
};

/** Both routes take and answer the same payload list, for our namespace only. */
const CodecExchange = () =>
  applyDecorators(
    ApiHeader({
      name: 'X-Namespace',
      required: false,
      description: 'Temporal namespace; must be ours when sent',
    }),
    ApiBody({ schema: PAYLOADS_SCHEMA }),
    ApiOkResponse({ schema: PAYLOADS_SCHEMA }),
  );

/**
 * Temporal's remote codec protocol, so engineers read encrypted booking histories in the Temporal
 * UI (`--ui-codec-endpoint`, or the UI's codec setting) and CLI (`--codec-endpoint` with
 * `--codec-auth "Bearer <key>"`). Same keys as the gateway's and worker's payload codec.
 */
@ApiTags('codec')
@ApiBearerAuth()
@Public()
@UseGuards(CodecAuthGuard)
@Controller('codec')
export class CodecController {
  private readonly codec?: AesGcmPayloadCodec;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    if (config.payloadEncryption) this.codec = new AesGcmPayloadCodec(config.payloadEncryption);
  }

  @Post('decode')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'decodePayloads',
    summary: 'Decrypt Temporal payloads (needs the temporal:codec scope)',
    description:
      'The Temporal Codec Server endpoint: the Temporal UI or CLI posts the encrypted payloads of a booking ' +
      'history and gets them back readable. For engineers with a `temporal:codec` key, never for agents. ' +
      'Payloads that were not encrypted come back unchanged. Writes nothing; safe to retry.',
  })
  @CodecExchange()
  @ApiProblems(400, 403, 422)
  async decode(
    @Body() body: unknown,
    @Headers('x-namespace') namespace?: string,
  ): Promise<{ payloads: JsonPayload[] }> {
    return this.apply(body, namespace, (payloads) => this.codec?.decode(payloads) ?? payloads);
  }

  @Post('encode')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'encodePayloads',
    summary: 'Encrypt Temporal payloads (needs the temporal:codec scope)',
    description:
      'The other half of the Codec Server: encrypts payloads the way the worker does, for starting or ' +
      'signalling workflows from the Temporal UI or CLI with encrypted input. Use decodePayloads to read ' +
      'a history. Writes nothing; safe to retry.',
  })
  @CodecExchange()
  @ApiProblems(400, 403)
  async encode(
    @Body() body: unknown,
    @Headers('x-namespace') namespace?: string,
  ): Promise<{ payloads: JsonPayload[] }> {
    return this.apply(body, namespace, (payloads) => this.codec?.encode(payloads) ?? payloads);
  }

  private async apply(
    body: unknown,
    namespace: string | undefined,
    transform: (payloads: Payload[]) => Promise<Payload[]> | Payload[],
  ): Promise<{ payloads: JsonPayload[] }> {
    // The CLI sends an empty X-Namespace; only a named other namespace is refused.
    if (namespace && namespace !== this.config.temporalNamespace) {
      throw fieldProblem(
        'validation_failed',
        'X-Namespace',
        `this codec serves namespace ${this.config.temporalNamespace}`,
      );
    }
    let payloads: Payload[];
    try {
      payloads = payloadsFromJson(body);
    } catch (error) {
      if (error instanceof CodecRequestError)
        throw fieldProblem('validation_failed', error.field, error.message);
      throw error;
    }
    try {
      return payloadsToJson(await transform(payloads));
    } catch (error) {
      if (error instanceof PayloadDecryptionError)
        throw new ProblemException('payload_not_decryptable', error.message);
      throw error;
    }
  }
}
