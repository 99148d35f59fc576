import { Module } from '@nestjs/common';
import { InfrastructureModule } from '../../gateway/src/infrastructure/infrastructure.module';
import { McpModule } from '../../gateway/src/mcp/mcp.module';

/** The gateway's providers the MCP server needs (no HTTP server): the same services as the REST API. */
@Module({ imports: [InfrastructureModule, McpModule] })
export class McpStdioModule {}
