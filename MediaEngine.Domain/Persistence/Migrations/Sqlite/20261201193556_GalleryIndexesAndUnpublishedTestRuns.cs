using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MediaEngine.Domain.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GalleryIndexesAndUnpublishedTestRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Workbench test runs publish nothing; outputs they published before that rule are unpublished here, so
            // the gallery needs no per-row test-job check.
            migrationBuilder.Sql("UPDATE \"Artifacts\" SET \"IsPublished\" = 0 WHERE \"IsPublished\" = 1 AND \"JobId\" IN (SELECT \"Id\" FROM \"Jobs\" WHERE \"IsTest\" = 1);");

            migrationBuilder.DropIndex(
                name: "IX_Artifacts_IsPublished_CreatedAt",
                table: "Artifacts");

            migrationBuilder.DropIndex(
                name: "IX_Artifacts_JobId",
                table: "Artifacts");

            migrationBuilder.DropIndex(
                name: "IX_Artifacts_PresetVersionId_CreatedAt",
                table: "Artifacts");

            migrationBuilder.CreateIndex(
                name: "IX_Artifacts_IsPublished_CreatedAt_Id",
                table: "Artifacts",
                columns: new[] { "IsPublished", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Artifacts_IsPublished_Kind_CreatedAt_Id",
                table: "Artifacts",
                columns: new[] { "IsPublished", "Kind", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Artifacts_JobId_IsPublished_CreatedAt_Id_Kind",
                table: "Artifacts",
                columns: new[] { "JobId", "IsPublished", "CreatedAt", "Id", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_Artifacts_PresetVersionId_IsPublished_CreatedAt_Id_Kind",
                table: "Artifacts",
                columns: new[] { "PresetVersionId", "IsPublished", "CreatedAt", "Id", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The test-run outputs unpublished by Up stay unpublished.
            migrationBuilder.DropIndex(
                name: "IX_Artifacts_IsPublished_CreatedAt_Id",
                table: "Artifacts");

            migrationBuilder.DropIndex(
                name: "IX_Artifacts_IsPublished_Kind_CreatedAt_Id",
                table: "Artifacts");

            migrationBuilder.DropIndex(
                name: "IX_Artifacts_JobId_IsPublished_CreatedAt_Id_Kind",
                table: "Artifacts");

            migrationBuilder.DropIndex(
                name: "IX_Artifacts_PresetVersionId_IsPublished_CreatedAt_Id_Kind",
                table: "Artifacts");

            migrationBuilder.CreateIndex(
                name: "IX_Artifacts_IsPublished_CreatedAt",
                table: "Artifacts",
                columns: new[] { "IsPublished", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Artifacts_JobId",
                table: "Artifacts",
                column: "JobId");

            migrationBuilder.CreateIndex(
                name: "IX_Artifacts_PresetVersionId_CreatedAt",
                table: "Artifacts",
                columns: new[] { "PresetVersionId", "CreatedAt" });
        }
    }
}
