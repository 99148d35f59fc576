import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { AvailabilityModule } from '../availability/availability.module';
import { BookingsModule } from '../bookings/bookings.module';
import { BookingWords } from './booking-words';
import { McpController, ProtectedResourceController } from './mcp.controller';
import { McpSessions } from './mcp-sessions';
import { MCP_TOOLS, TablekeeperMcp } from './tablekeeper-mcp';
import { ToolIdempotency } from './tool-idempotency';
import { BookTableTool, HoldTableTool } from './tools/place-table.tools';
import { CancelBookingTool, ConfirmHoldTool, GetBookingTool } from './tools/booking.tools';
import { CheckAvailabilityTool } from './tools/check-availability.tool';
import { FindBookingsTool } from './tools/find-bookings.tool';
import { ModifyBookingTool } from './tools/modify-booking.tool';
import { JoinWaitlistTool } from './tools/join-waitlist.tool';
import { RestaurantsModule } from '../restaurants/restaurants.module';
import { WaitlistModule } from '../waitlist/waitlist.module';
import { AgentRestaurantContext, GetRestaurantTool } from './tools/get-restaurant.tool';

/**
 * The tools, in the order tools/list shows them. A tool is registered here once the capability
 * behind it exists in the gateway's services, never ahead of it. Each is one class implementing McpTool (its args DTO is the REST
 * DTO) and one line here.
 */
const TOOLS = [
  GetRestaurantTool,
  CheckAvailabilityTool,
  HoldTableTool,
  ConfirmHoldTool,
  BookTableTool,
  GetBookingTool,
  FindBookingsTool,
  ModifyBookingTool,
  CancelBookingTool,
  JoinWaitlistTool,
];

/**
 * The MCP server: the same services, tenancy, scopes, rate limits, admission and idempotency as the
 * REST API, over Streamable HTTP at /mcp (this module's controllers) and stdio (apps/mcp).
 */
@Module({
  imports: [AuthModule, AvailabilityModule, BookingsModule, RestaurantsModule, WaitlistModule],
  controllers: [McpController, ProtectedResourceController],
  providers: [
    ...TOOLS,
    { provide: MCP_TOOLS, useFactory: (...tools: unknown[]) => tools, inject: TOOLS },
    AgentRestaurantContext,
    BookingWords,
    ToolIdempotency,
    TablekeeperMcp,
    McpSessions,
  ],
  exports: [TablekeeperMcp],
})
export class McpModule {}
