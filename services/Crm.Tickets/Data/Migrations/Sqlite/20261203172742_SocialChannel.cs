using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Tickets.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SocialChannel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SocialMessages",
                columns: table => new
                {
                    Network = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MessageId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TicketId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SocialMessages", x => new { x.Network, x.MessageId });
                });

            migrationBuilder.CreateTable(
                name: "SocialThreads",
                columns: table => new
                {
                    Network = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ThreadId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TicketId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SenderId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SenderHandle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SocialThreads", x => new { x.Network, x.ThreadId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_SocialThreads_TicketId",
                table: "SocialThreads",
                column: "TicketId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SocialMessages");

            migrationBuilder.DropTable(
                name: "SocialThreads");
        }
    }
}
