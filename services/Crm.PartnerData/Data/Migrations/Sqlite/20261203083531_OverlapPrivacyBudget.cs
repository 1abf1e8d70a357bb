using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.PartnerData.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OverlapPrivacyBudget : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "Epsilon",
                table: "OverlapQueries",
                type: "REAL",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<byte[]>(
                name: "Fingerprint",
                table: "OverlapQueries",
                type: "BLOB",
                nullable: false,
                defaultValue: new byte[0]);

            migrationBuilder.CreateTable(
                name: "OverlapLedgers",
                columns: table => new
                {
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OverlapLedgers", x => x.PartnerId);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OverlapLedgers");

            migrationBuilder.DropColumn(
                name: "Epsilon",
                table: "OverlapQueries");

            migrationBuilder.DropColumn(
                name: "Fingerprint",
                table: "OverlapQueries");
        }
    }
}
