using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MediaEngine.Domain.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class JobsLanesAndWorkerNodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "Priority",
                table: "Jobs",
                type: "int",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(16)",
                oldMaxLength: 16);

            migrationBuilder.AddColumn<DateTime>(
                name: "CancelRequestedAt",
                table: "Jobs",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PresetId",
                table: "Jobs",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "Title",
                table: "Jobs",
                type: "nvarchar(400)",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "WorkerId",
                table: "Jobs",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "WorkerNodes",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    HostName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ProcessId = table.Column<int>(type: "int", nullable: false),
                    Role = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    LanesJson = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    RunningJobs = table.Column<int>(type: "int", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastCheckInAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    StoppedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkerNodes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Jobs_Lane_Status_CreatedAt",
                table: "Jobs",
                columns: new[] { "Lane", "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Jobs_PresetId_CreatedAt",
                table: "Jobs",
                columns: new[] { "PresetId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkerNodes_LastCheckInAt",
                table: "WorkerNodes",
                column: "LastCheckInAt");

            migrationBuilder.AddForeignKey(
                name: "FK_Jobs_Presets_PresetId",
                table: "Jobs",
                column: "PresetId",
                principalTable: "Presets",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Jobs_Presets_PresetId",
                table: "Jobs");

            migrationBuilder.DropTable(
                name: "WorkerNodes");

            migrationBuilder.DropIndex(
                name: "IX_Jobs_Lane_Status_CreatedAt",
                table: "Jobs");

            migrationBuilder.DropIndex(
                name: "IX_Jobs_PresetId_CreatedAt",
                table: "Jobs");

            migrationBuilder.DropColumn(
                name: "CancelRequestedAt",
                table: "Jobs");

            migrationBuilder.DropColumn(
                name: "PresetId",
                table: "Jobs");

            migrationBuilder.DropColumn(
                name: "Title",
                table: "Jobs");

            migrationBuilder.DropColumn(
                name: "WorkerId",
                table: "Jobs");

            migrationBuilder.AlterColumn<string>(
                name: "Priority",
                table: "Jobs",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int");
        }
    }
}
