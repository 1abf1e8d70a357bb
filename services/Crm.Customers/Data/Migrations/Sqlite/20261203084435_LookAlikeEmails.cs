using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Customers.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LookAlikeEmails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EmailSkeleton",
                table: "Customers",
                type: "TEXT",
                maxLength: 254,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "PossibleDuplicateOf",
                table: "Customers",
                type: "TEXT",
                nullable: true);

            // Existing emails are plain ASCII as a rule, and an ASCII email is its own skeleton.
            migrationBuilder.Sql("UPDATE Customers SET EmailSkeleton = NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_Customers_EmailSkeleton",
                table: "Customers",
                column: "EmailSkeleton");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Customers_EmailSkeleton",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "EmailSkeleton",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "PossibleDuplicateOf",
                table: "Customers");
        }
    }
}
