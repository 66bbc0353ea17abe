using MediaEngine.Domain.Auditing;
using MediaEngine.Domain.Entities;
using MediaEngine.Domain.Graph;
using MediaEngine.Domain.Presets;
using MediaEngine.Domain.Tests.Graph;
using MediaEngine.Domain.Tests.Support;

namespace MediaEngine.Domain.Tests.Presets;

/// <summary>Presets, users and a catalog on a test database.</summary>
internal static class PresetTestData
{
    public static PresetCatalog Catalog(SqliteTestDatabase database) =>
        new(database, new FakeNodeTypeResolver(), database.AuditLog, TimeProvider.System);

    /// <summary>The web-images graph with the WebP quality set to <paramref name="quality"/>.</summary>
    public static string WebImages(int quality = 80) =>
        PipelineGraphJson.Serialize(TestGraphs.WebImages().WithNodeSettings("webp", new() { ["format"] = "WebP", ["quality"] = quality }));

    public static async Task<AuditActor> UserAsync(SqliteTestDatabase database, string name = "Olga Operator")
    {
        var user = new User { Email = $"{Guid.NewGuid():N}@example.com", Name = name, Role = UserRole.Operator, Status = UserStatus.Active };
        await using var db = database.CreateDbContext();
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return new AuditActor(user.Id, user.Email);
    }

    public static async Task<Preset> PresetAsync(SqliteTestDatabase database, string slug, bool isSystem = false, string? name = null, string? description = null)
    {
        var preset = new Preset { Slug = slug, Name = name ?? slug, Description = description, IsSystem = isSystem, LatestVersion = 1 };
        preset.Versions.Add(new PresetVersion { Version = 1, GraphJson = WebImages(), SchemaVersion = 1, Note = "first" });
        await using var db = database.CreateDbContext();
        db.Presets.Add(preset);
        await db.SaveChangesAsync();
        return preset;
    }
}
